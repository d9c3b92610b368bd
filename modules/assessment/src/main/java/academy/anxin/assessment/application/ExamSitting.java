package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.Attempt;
import academy.anxin.assessment.domain.AttemptItem;
import academy.anxin.assessment.domain.Attempts;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Drawing;
import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.ExamEntry;
import academy.anxin.assessment.domain.ExamPassed;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.Grading;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.platform.WriteConflict;
import academy.anxin.learning.application.Study;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sitting an exam: start (or resume) an attempt, save each answer as it is given, submit, and see the result.
 * The deadline is the server's: answers after it are refused, and an attempt found past it is graded as it
 * stands, whoever finds it (the volunteer's next request, or the sweep that runs every minute).
 */
@ApplicationScoped
public class ExamSitting {

    /** Seeds of the draws: unpredictable, so that nobody can work out an attempt's items before it starts. */
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    Exams exams;

    @Inject
    Attempts attempts;

    @Inject
    AttemptDraws draws;

    @Inject
    BankCache banks;

    @Inject
    Study study;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ExamPassed> passed;

    @Inject
    Clock clock;

    /**
     * The exams as this volunteer sees them. Identity and learning are asked first, each in its own transaction,
     * and assessment's own tables after: one request then holds one pooled connection at a time, which keeps a
     * cohort starting together from exhausting the pool.
     */
    public List<ExamCard> overview(Caller caller) {
        boolean extended = accounts.account(caller).extendedExamTime();
        Set<String> completed = study.completedCourses(caller.personId());
        return self.cards(caller, completed, extended);
    }

    @Transactional
    public List<ExamCard> cards(Caller caller, Set<String> completed, boolean extended) {
        Map<String, List<Attempt>> mine = attempts.of(caller.personId()).stream()
                .collect(Collectors.groupingBy(Attempt::examCode));
        Instant now = clock.instant();
        List<ExamCard> cards = new ArrayList<>();
        for (Exam exam : exams.all()) {
            cards.add(card(exam, mine.getOrDefault(exam.code(), List.of()), completed, extended, now));
        }
        return cards;
    }

    private ExamCard card(Exam exam, List<Attempt> sittings, Set<String> completed, boolean extended, Instant now) {
        var blueprint = exam.blueprint();
        ExamEntry entry = ExamEntry.decide(blueprint, sittings, completed, now);
        List<Attempt> closed = sittings.stream().filter(a -> !a.isOpen()).toList();
        Optional<Attempt> last = closed.stream().max(Comparator.comparing(Attempt::submittedAt));
        boolean hasPassed = closed.stream().anyMatch(Attempt::passed);
        return new ExamCard(exam.code(), exam.title(), exam.servesKind(), exam.servesCode(), blueprint.itemCount(),
                blueprint.timeLimit(extended).toMinutes(), extended, (int) Math.round(blueprint.passMark() * 100),
                blueprint.attemptLimit(), closed.size(), state(entry.verdict()),
                entry.openAttempt().map(Attempt::id).orElse(null), entry.availableAt().orElse(null),
                entry.missingCourses(), last.map(Attempt::id).orElse(null),
                last.map(a -> Math.round(100f * a.scoreRight() / a.scoreTotal())).orElse(null), hasPassed);
    }

    private static ExamCard.State state(ExamEntry.Verdict verdict) {
        return switch (verdict) {
            case AVAILABLE -> ExamCard.State.AVAILABLE;
            case OPEN -> ExamCard.State.OPEN;
            case PASSED -> ExamCard.State.PASSED;
            case NO_ATTEMPTS_LEFT -> ExamCard.State.NO_ATTEMPTS_LEFT;
            case COURSES_MISSING -> ExamCard.State.COURSES_MISSING;
            case COOLDOWN -> ExamCard.State.COOLDOWN;
        };
    }

    @Inject
    ExamSitting self;

    /**
     * Starts an attempt, or returns the open one (a second tab, or a volunteer coming back). Refused when the
     * exam's rules say not now, with the reason. Two tabs starting at the same instant both land on one attempt:
     * the database keeps one open attempt per exam, and the loser of that race finds the winner's.
     */
    public long start(Caller caller, String examCode) {
        Set<String> completed = study.completedCourses(caller.personId());
        var account = accounts.account(caller);
        Needs needs = new Needs(account.extendedExamTime(), account.examBreaks());
        try {
            return self.open(caller, examCode, completed, needs);
        } catch (RuntimeException race) {
            if (!isDuplicate(race)) {
                throw race;
            }
            return self.open(caller, examCode, completed, needs);
        }
    }

    /** What the volunteer's registered needs give an attempt: half as long again, and breaks that stop the clock. */
    public record Needs(boolean extendedTime, boolean breaks) {
    }

    private static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** Opens an attempt; {@code completed} and {@code needs} were read from learning and identity beforehand. */
    @Transactional
    public long open(Caller caller, String examCode, Set<String> completed, Needs needs) {
        Exam exam = exams.exam(examCode).orElseThrow(() -> new DomainException(null, "assessment.exam.unknown",
                examCode));
        var blueprint = exam.blueprint();
        Instant now = clock.instant();
        List<Attempt> sittings = attempts.of(caller.personId(), examCode);
        // an attempt found past its deadline is graded first: from then on it counts as a sitting, not as the
        // open attempt to resume (the database keeps at most one open attempt per exam)
        for (Attempt attempt : sittings) {
            if (attempt.isOverdue(now)) {
                grade(attempts.lock(attempt.id()).orElseThrow(), Attempt.Closer.DEADLINE, now);
            }
        }
        ExamEntry entry = ExamEntry.decide(blueprint, sittings, completed, now);
        Optional<Attempt> open = entry.openAttempt();
        if (open.isPresent()) {
            return open.get().id();
        }
        entry.refusal().ifPresent(refusal -> {
            throw refusal;
        });
        BankCache.Bank bank = banks.current(examCode);
        long seed = SEEDS.nextLong();
        List<AttemptItem> drawn = new ArrayList<>();
        for (Drawing.DrawnItem item : Drawing.draw(blueprint, bank.items(), seed)) {
            drawn.add(new AttemptItem(bank.ids().get(item.item().id()), item.item().type(), item.optionOrder()));
        }
        Attempt attempt = new Attempt(exam, caller.personId(), seed, needs.extendedTime(), needs.breaks(), drawn, now);
        attempts.add(attempt);
        Map<Integer, AttemptItem> positions = new HashMap<>();
        for (int position = 0; position < drawn.size(); position++) {
            positions.put(position, drawn.get(position));
        }
        draws.remember(attempt.id(), new Attempts.Draw(caller.personId(), positions));
        // the attempt row itself records who started what, when, with which draw; the audit trail (one
        // serialized chain) keeps the decisions: grading, not the start of 2,000 attempts in one minute
        return attempt.id();
    }

    /** The open attempt as the page shows it; an attempt past its deadline is graded first, and then is not open. */
    @Transactional
    public Optional<AttemptSheet> sheet(Caller caller, long attemptId) {
        Attempt attempt = mine(caller, attemptId);
        Instant now = clock.instant();
        if (attempt.isOverdue(now)) {
            grade(attempts.lock(attemptId).orElseThrow(), Attempt.Closer.DEADLINE, now);
        }
        if (!attempt.isOpen()) {
            return Optional.empty();
        }
        if (attempt.hasPauseToEnd() && !attempt.isPaused(now)) {
            // the break ran out with nobody pressing resume: its end is recorded as the limit ended it
            endBreak(attempts.lock(attemptId).orElseThrow(), "system:exam-break-limit", now);
        }
        Exam exam = exams.exam(attempt.examCode()).orElseThrow();
        AttemptSheet.Breaks breaks = breaks(attempt, now);
        if (breaks.paused()) {
            // the questions stay hidden during a break
            return Optional.of(new AttemptSheet(attemptId, exam.code(), exam.title(), attempt.deadline(),
                    attempt.remaining(now).toSeconds(), attempt.hasExtendedTime(), List.of(), breaks));
        }
        // the draw from memory: the attempt row alone is read here, not its items
        Map<Integer, AttemptItem> drawnAt = draws.of(attemptId).orElseThrow().items();
        List<AttemptItem> items = new ArrayList<>();
        for (int position = 0; position < drawnAt.size(); position++) {
            items.add(drawnAt.get(position));
        }
        Map<Long, BankItem> versions = banks.versions(items.stream().map(AttemptItem::itemId).toList());
        Map<Integer, List<Integer>> saved = attempts.answers(attemptId);
        List<AttemptSheet.Question> questions = new ArrayList<>();
        String scenario = null;
        for (int position = 0; position < items.size(); position++) {
            AttemptItem drawn = items.get(position);
            BankItem item = versions.get(drawn.itemId());
            boolean first = item.scenarioId() != null && !item.scenarioId().equals(scenario);
            scenario = item.scenarioId();
            List<LocalizedText> shown = drawn.optionOrder().stream().map(item.options()::get).toList();
            questions.add(new AttemptSheet.Question(position, item.type(), item.vignette(), first, item.stem(), shown,
                    drawn.toShown(saved.getOrDefault(position, List.of()))));
        }
        return Optional.of(new AttemptSheet(attemptId, exam.code(), exam.title(), attempt.deadline(),
                attempt.remaining(now).toSeconds(), attempt.hasExtendedTime(), questions, breaks));
    }

    private static AttemptSheet.Breaks breaks(Attempt attempt, Instant now) {
        boolean paused = attempt.isPaused(now);
        Instant ends = paused ? attempt.pauseEnds().orElseThrow() : null;
        return new AttemptSheet.Breaks(attempt.breaksAllowed(), attempt.breaksLeft(), Attempt.MAX_BREAKS,
                Attempt.MAX_BREAK.toMinutes(), paused, ends,
                paused ? java.time.Duration.between(now, ends).toSeconds() : 0);
    }

    /**
     * The volunteer takes a break: the clock stops, answers are refused and the questions hidden until they resume
     * (or the break reaches its limit). Refused, with the reason, when their attempt has no breaks or none left.
     * Audited, as every change to an exam's time is.
     */
    @Transactional
    public void pause(Caller caller, long attemptId) {
        Attempt attempt = attempts.lock(attemptId).filter(a -> a.personId() == caller.personId())
                .orElseThrow(() -> new DomainException(null, "assessment.attempt.unknown"));
        Instant now = clock.instant();
        if (attempt.hasPauseToEnd() && !attempt.isPaused(now)) {
            endBreak(attempt, "system:exam-break-limit", now);
        }
        int number = attempt.pause(now);
        audit.record(new AuditRecord("person:" + caller.personId(), "EXAM_PAUSED", "attempt:" + attemptId,
                attempt.examCode() + " break " + number + " of " + Attempt.MAX_BREAKS + ", "
                        + attempt.remaining(now).toSeconds() + " s left", caller.address()));
    }

    /** The volunteer ends their break: the deadline moves on by its length. Nothing to do when not paused. */
    @Transactional
    public void resume(Caller caller, long attemptId) {
        Attempt attempt = attempts.lock(attemptId).filter(a -> a.personId() == caller.personId())
                .orElseThrow(() -> new DomainException(null, "assessment.attempt.unknown"));
        if (attempt.isOpen() && attempt.hasPauseToEnd()) {
            Instant now = clock.instant();
            endBreak(attempt, attempt.isPaused(now) ? "person:" + caller.personId() : "system:exam-break-limit", now);
        }
    }

    private void endBreak(Attempt attempt, String actor, Instant now) {
        java.time.Duration length = attempt.resume(now);
        audit.record(new AuditRecord(actor, "EXAM_RESUMED", "attempt:" + attempt.id(), attempt.examCode()
                + " clock stopped " + length.toSeconds() + " s, deadline now " + attempt.deadline(), null));
    }

    /**
     * Saves one answer as it is given (shown option indices; empty clears it). The draw comes from memory and the
     * save is one statement that only writes while the attempt is open and within its deadline, so a submit in
     * another tab either sees this answer or this save is refused: never half. No transaction of its own: the
     * statement is its own, and so it is repeated after a conflicting write ({@link WriteConflict#retried}).
     */
    public Instant save(Caller caller, long attemptId, int position, List<Integer> shown) {
        Attempts.Draw draw = draws.of(attemptId).filter(d -> d.personId() == caller.personId())
                .orElseThrow(() -> new DomainException(null, "assessment.attempt.unknown"));
        AttemptItem item = draw.items().get(position);
        if (item == null) {
            throw new DomainException("position", "assessment.answer.invalid");
        }
        List<Integer> answer = item.toItemAnswer(shown);
        Instant now = clock.instant();
        // the same answer written again is the same row: a save that lost to another write (a Galera certification
        // failure, a deadlock with the deadline sweep) is simply done again, and only a third loss reaches the page
        if (!WriteConflict.retried("exam answer autosave",
                () -> attempts.saveWhileOpen(attemptId, position, answer, now))) {
            throw new DomainException(null, self.whySaveRefused(attemptId));
        }
        return now;
    }

    /** Why a save was refused, as a message key: the attempt is paused, past its deadline, or closed. */
    @Transactional
    public String whySaveRefused(long attemptId) {
        Optional<Attempt> attempt = attempts.find(attemptId).filter(Attempt::isOpen);
        if (attempt.isEmpty()) {
            return "assessment.attempt.closed";
        }
        return attempt.get().hasPauseToEnd() ? "assessment.attempt.paused" : "assessment.attempt.deadlinePassed";
    }

    /** The volunteer submits; an attempt already past its deadline is graded as it stood at the deadline. */
    @Transactional
    public void submit(Caller caller, long attemptId) {
        Attempt attempt = attempts.lock(attemptId).filter(a -> a.personId() == caller.personId())
                .orElseThrow(() -> new DomainException(null, "assessment.attempt.unknown"));
        if (!attempt.isOpen()) {
            return;
        }
        Instant now = clock.instant();
        grade(attempt, attempt.accepts(now) ? Attempt.Closer.VOLUNTEER : Attempt.Closer.DEADLINE, now);
    }

    /** For the sweep: grades one attempt found past its deadline; false if someone else closed it first. */
    @Transactional
    public boolean closeOverdue(long attemptId) {
        Instant now = clock.instant();
        Optional<Attempt> attempt = attempts.lock(attemptId).filter(a -> a.isOverdue(now));
        attempt.ifPresent(a -> grade(a, Attempt.Closer.DEADLINE, now));
        return attempt.isPresent();
    }

    @Transactional
    public List<Long> overdue(int max) {
        return attempts.overdue(clock.instant(), max);
    }

    private void grade(Attempt attempt, Attempt.Closer closer, Instant now) {
        List<AttemptItem> items = attempt.items();
        Map<Long, StoredItem> stored = exams.byIds(items.stream().map(AttemptItem::itemId).toList());
        Map<Integer, List<Integer>> saved = attempts.answers(attempt.id());
        List<Drawing.DrawnItem> drawn = new ArrayList<>();
        Map<String, List<Integer>> answers = new LinkedHashMap<>();
        for (int position = 0; position < items.size(); position++) {
            BankItem item = stored.get(items.get(position).itemId()).toBankItem();
            drawn.add(new Drawing.DrawnItem(item, items.get(position).optionOrder()));
            answers.put(item.id(), saved.getOrDefault(position, List.of()));
        }
        Grading.Grade grade = Grading.grade(drawn, answers, attempt.passMark());
        List<Boolean> correct = drawn.stream().map(d -> grade.correct().get(d.item().id())).toList();
        attempt.close(grade, correct, closer, now);
        Exam exam = exams.exam(attempt.examCode()).orElseThrow();
        audit.record(new AuditRecord(closer == Attempt.Closer.VOLUNTEER ? "person:" + attempt.personId()
                : "system:exam-deadline", "EXAM_GRADED", "attempt:" + attempt.id(),
                attempt.examCode() + " " + grade.right() + "/" + grade.total() + (grade.passed() ? " passed" : " failed")
                        + (closer == Attempt.Closer.DEADLINE ? " (submitted at the deadline)" : ""), null));
        if (grade.passed()) {
            passed.fire(new ExamPassed(attempt.personId(), exam.code(), exam.servesKind(), exam.servesCode(),
                    (double) grade.right() / grade.total(), attempt.id(), attempt.submittedAt()));
        }
    }

    /** A passed exam as evidence for another context. */
    public record Pass(String examCode, double score, Instant at) {
    }

    /** A person's passed attempts, for credentials. */
    @Transactional
    public List<Pass> passesOf(long personId) {
        return attempts.of(personId).stream().filter(a -> !a.isOpen() && a.passed())
                .map(a -> new Pass(a.examCode(), (double) a.scoreRight() / a.scoreTotal(), a.submittedAt())).toList();
    }

    /** A submitted attempt's result, to its volunteer only. */
    @Transactional
    public AttemptResult result(Caller caller, long attemptId) {
        Attempt attempt = mine(caller, attemptId);
        if (attempt.isOverdue(clock.instant())) {
            grade(attempts.lock(attemptId).orElseThrow(), Attempt.Closer.DEADLINE, clock.instant());
        }
        if (attempt.isOpen()) {
            throw new DomainException(null, "assessment.attempt.stillOpen");
        }
        List<AttemptItem> items = attempt.items();
        Map<Long, StoredItem> stored = exams.byIds(items.stream().map(AttemptItem::itemId).toList());
        Map<Integer, List<Integer>> saved = attempts.answers(attemptId);
        List<AttemptResult.Missed> missed = new ArrayList<>();
        for (int position = 0; position < items.size(); position++) {
            AttemptItem drawn = items.get(position);
            if (Boolean.TRUE.equals(drawn.correct())) {
                continue;
            }
            BankItem item = stored.get(drawn.itemId()).toBankItem();
            missed.add(new AttemptResult.Missed(position, item.stem(),
                    saved.getOrDefault(position, List.of()).stream().map(item.options()::get).toList(),
                    item.key().stream().map(item.options()::get).toList(), item.rationale()));
        }
        Map<String, Integer> percent = new LinkedHashMap<>();
        attempt.breakdown().forEach((competency, share) -> percent.put(competency, (int) Math.round(share * 100)));
        Exam exam = exams.exam(attempt.examCode()).orElseThrow();
        return new AttemptResult(attemptId, exam.code(), exam.title(), attempt.scoreRight(), attempt.scoreTotal(),
                (int) Math.round(attempt.passMark() * 100), attempt.passed(),
                attempt.submittedBy() == Attempt.Closer.DEADLINE, attempt.submittedAt(), percent, missed);
    }

    private Attempt mine(Caller caller, long attemptId) {
        return attempts.find(attemptId).filter(a -> a.personId() == caller.personId())
                .orElseThrow(() -> new DomainException(null, "assessment.attempt.unknown"));
    }
}
