package academy.anxin.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.Attempt;
import academy.anxin.assessment.domain.AttemptItem;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Blueprint;
import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.ExamDefinition;
import academy.anxin.assessment.domain.ExamPassed;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.AccountView;
import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.learning.application.Study;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Sitting an exam, without a container: the exams and attempts are kept in memory (their repositories are the
 * domain's interfaces), learning's and identity's answers are given by the test, and the clock is moved by hand.
 * What the database adds (one open attempt per exam, answers saved only while open) the in-memory attempts keep;
 * the SQL itself and the transactions are the integration tests' (ExamIT).
 */
class ExamSittingTest {

    /** 09:00 in Beijing. */
    private static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z");
    private static final Duration TIME_LIMIT = Duration.ofMinutes(40);
    private static final Duration COOLDOWN = Duration.ofHours(24);
    private static final Caller VOLUNTEER = new Caller(7, "192.0.2.7");
    private static final Caller SOMEONE_ELSE = new Caller(8, "192.0.2.8");
    private static final String L1 = "EXAM-L1";
    private static final String OPEN_TO_ALL = "EXAM-OPEN";
    private static final List<String> REQUIRED = List.of("L1-INTRO", "L1-PFA");

    private final InMemoryExams exams = new InMemoryExams();
    private final InMemoryAttempts attempts = new InMemoryAttempts();
    private final Set<String> completed = new HashSet<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final List<ExamPassed> announced = new ArrayList<>();
    private final MovingClock clock = new MovingClock(NINE);
    private final ExamSitting sitting = new ExamSitting();
    private boolean extendedTime;
    private boolean breaks;

    @BeforeEach
    void wire() {
        exam(new Blueprint(L1, Map.of("ethics", 2, "safety", 2), TIME_LIMIT, 0.75, 2, COOLDOWN, REQUIRED),
                "ethics", "ethics", "ethics", "safety", "safety");
        exam(new Blueprint(OPEN_TO_ALL, Map.of("ethics", 1), TIME_LIMIT, 1.0, 3, COOLDOWN, List.of()), "ethics");
        AttemptDraws draws = new AttemptDraws();
        draws.attempts = attempts;
        draws.self = draws;
        BankCache banks = new BankCache();
        banks.exams = exams;
        sitting.exams = exams;
        sitting.attempts = attempts;
        sitting.draws = draws;
        sitting.banks = banks;
        sitting.study = new Study() {
            @Override
            public Set<String> completedCourses(long personId) {
                return personId == VOLUNTEER.personId() ? Set.copyOf(completed) : Set.of();
            }
        };
        sitting.accounts = new AccountService() {
            @Override
            public AccountView account(Caller caller) {
                return new AccountView(caller.personId(), "志愿者", "volunteer@example.org", Language.ZH, false,
                        false, extendedTime, false, breaks, false);
            }
        };
        sitting.audit = new AuditTrail() {
            @Override
            public AuditEvent record(AuditRecord record) {
                audited.add(record);
                return null;
            }
        };
        sitting.passed = new Announcements(announced);
        sitting.clock = clock;
        sitting.self = sitting;
    }

    @Test
    void theExamsPageTellsWhatTheVolunteerMayDoWithEachExam() {
        ExamCard locked = cards().get(L1);
        assertEquals(ExamCard.State.COURSES_MISSING, locked.state());
        assertEquals(REQUIRED, locked.missingCourses());
        assertEquals(ExamCard.State.AVAILABLE, cards().get(OPEN_TO_ALL).state(), "no required courses");

        completed.addAll(REQUIRED);
        assertEquals(ExamCard.State.AVAILABLE, cards().get(L1).state());

        long attempt = sitting.start(VOLUNTEER, L1);
        ExamCard open = cards().get(L1);
        assertEquals(ExamCard.State.OPEN, open.state());
        assertEquals(attempt, open.openAttemptId());
        assertEquals(0, open.attemptsUsed());

        sitting.submit(VOLUNTEER, attempt);
        ExamCard waiting = cards().get(L1);
        assertEquals(ExamCard.State.COOLDOWN, waiting.state());
        assertEquals(NINE.plus(COOLDOWN), waiting.availableAt());
        assertEquals(1, waiting.attemptsUsed());
        assertEquals(attempt, waiting.lastAttemptId());
        assertEquals(0, waiting.lastPercent(), "submitted unanswered");
        assertFalse(waiting.passed());
    }

    @Test
    void extendedTimeIsHalfAsLongAgainOnTheCardAndOnTheAttempt() {
        assertEquals(40, cards().get(OPEN_TO_ALL).minutes());
        extendedTime = true;
        assertEquals(60, cards().get(OPEN_TO_ALL).minutes());
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        assertEquals(NINE.plus(Duration.ofMinutes(60)), attempts.find(attempt).orElseThrow().deadline());
    }

    @Test
    void aStartDrawsTheBlueprintAndASecondStartResumesTheOpenAttempt() {
        completed.addAll(REQUIRED);
        long attempt = sitting.start(VOLUNTEER, L1);
        List<AttemptItem> drawn = attempts.find(attempt).orElseThrow().items();
        assertEquals(4, drawn.size());
        Map<String, Long> byCompetency = drawn.stream().map(i -> stored(i).toBankItem().competencies().get(0))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of("ethics", 2L, "safety", 2L), byCompetency);

        clock.advance(Duration.ofMinutes(10));
        assertEquals(attempt, sitting.start(VOLUNTEER, L1), "a second tab, or the volunteer coming back");
        assertEquals(1, attempts.of(VOLUNTEER.personId()).size());
        assertTrue(audited.isEmpty(), "starts are not audited; gradings are");
    }

    @Test
    void aFirstStartWaitsForTheRequiredCourses() {
        completed.add("L1-INTRO");
        assertRefused(() -> sitting.start(VOLUNTEER, L1), "assessment.exam.coursesMissing", "L1-PFA");
        assertTrue(attempts.of(VOLUNTEER.personId()).isEmpty());
    }

    @Test
    void aRetakeWaitsForTheCooldownAndTheAttemptLimitEndsRetakes() {
        completed.addAll(REQUIRED);
        sitting.submit(VOLUNTEER, sitting.start(VOLUNTEER, L1));

        clock.advance(COOLDOWN.minusMinutes(1));
        assertRefused(() -> sitting.start(VOLUNTEER, L1), "assessment.attempt.cooldown", "2026-11-24 09:00");
        clock.advance(Duration.ofMinutes(1));
        long second = sitting.start(VOLUNTEER, L1);
        sitting.submit(VOLUNTEER, second);

        clock.advance(COOLDOWN.multipliedBy(5));
        assertRefused(() -> sitting.start(VOLUNTEER, L1), "assessment.attempt.limit", 2);
        assertEquals(ExamCard.State.NO_ATTEMPTS_LEFT, cards().get(L1).state());
    }

    @Test
    void anAttemptFoundPastItsDeadlineAtAStartIsGradedThereAndCountsAsASitting() {
        completed.addAll(REQUIRED);
        long attempt = sitting.start(VOLUNTEER, L1);
        Instant deadline = NINE.plus(TIME_LIMIT);
        clock.advance(TIME_LIMIT.plusMinutes(5));
        assertEquals(ExamCard.State.OPEN, cards().get(L1).state(), "the page does not grade; the next request does");

        assertRefused(() -> sitting.start(VOLUNTEER, L1), "assessment.attempt.cooldown", "2026-11-24 09:40");
        Attempt graded = attempts.find(attempt).orElseThrow();
        assertEquals(Attempt.Closer.DEADLINE, graded.submittedBy());
        assertEquals(deadline, graded.submittedAt(), "dated at its deadline, not when it was found");
        AuditRecord record = audited.get(0);
        assertEquals("system:exam-deadline", record.actor());
        assertEquals("EXAM_GRADED", record.action());
        assertEquals("attempt:" + attempt, record.subject());
        assertEquals(L1 + " 0/4 failed (submitted at the deadline)", record.detail());
    }

    @Test
    void aPassIsAnnouncedAndThePassedExamIsNotSatAgain() {
        completed.addAll(REQUIRED);
        long attempt = sitting.start(VOLUNTEER, L1);
        clock.advance(Duration.ofMinutes(12));
        answer(attempt, 4, 0);
        sitting.submit(VOLUNTEER, attempt);

        Instant submitted = NINE.plus(Duration.ofMinutes(12));
        assertEquals(List.of(new ExamPassed(VOLUNTEER.personId(), L1, ExamDefinition.TIER, "L1", 1.0, attempt,
                submitted)), announced);
        assertEquals(new AuditRecord("person:7", "EXAM_GRADED", "attempt:" + attempt, L1 + " 4/4 passed", null),
                audited.get(0));
        assertRefused(() -> sitting.start(VOLUNTEER, L1), "assessment.exam.passed");
        ExamCard card = cards().get(L1);
        assertEquals(ExamCard.State.PASSED, card.state());
        assertEquals(100, card.lastPercent());
        assertEquals(List.of(new ExamSitting.Pass(L1, 1.0, submitted)), sitting.passesOf(VOLUNTEER.personId()));
    }

    @Test
    void theResultComesOnceSubmittedAndExplainsEachItemMissed() {
        completed.addAll(REQUIRED);
        long attempt = sitting.start(VOLUNTEER, L1);
        assertRefused(() -> sitting.result(VOLUNTEER, attempt), "assessment.attempt.stillOpen");
        answer(attempt, 3, 1);
        sitting.submit(VOLUNTEER, attempt);
        assertRefused(() -> sitting.result(SOMEONE_ELSE, attempt), "assessment.attempt.unknown");

        AttemptResult result = sitting.result(VOLUNTEER, attempt);
        assertEquals(3, result.right());
        assertEquals(4, result.total());
        assertEquals(75, result.passPercent());
        assertTrue(result.passed(), "three of four meets a pass mark of 0.75 exactly");
        assertFalse(result.closedByDeadline());
        assertEquals(1, result.missed().size());
        AttemptResult.Missed missed = result.missed().get(0);
        assertEquals(3, missed.position());
        BankItem item = stored(attempts.find(attempt).orElseThrow().items().get(3)).toBankItem();
        assertEquals(List.of(item.options().get(1)), missed.given());
        assertEquals(List.of(item.options().get(0)), missed.key());
        assertEquals(item.rationale(), missed.rationale());
        assertEquals(1, announced.size());
    }

    @Test
    void answersAreTakenFromTheVolunteerOnlyWhileTheAttemptIsOpenAndWithinItsDeadline() {
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        AttemptItem item = attempts.find(attempt).orElseThrow().items().get(0);
        assertEquals(NINE, sitting.save(VOLUNTEER, attempt, 0, List.of(2)));
        assertEquals(Map.of(0, item.toItemAnswer(List.of(2))), attempts.answers(attempt), "kept in the item's indices");

        assertRefused(() -> sitting.save(SOMEONE_ELSE, attempt, 0, List.of(1)), "assessment.attempt.unknown");
        DomainException position = assertThrows(DomainException.class,
                () -> sitting.save(VOLUNTEER, attempt, 1, List.of(0)));
        assertEquals("position", position.field());
        assertEquals("assessment.answer.invalid", position.messageKey());

        clock.advance(TIME_LIMIT);
        assertRefused(() -> sitting.save(VOLUNTEER, attempt, 0, List.of(1)), "assessment.attempt.deadlinePassed");
        sitting.submit(VOLUNTEER, attempt);
        assertRefused(() -> sitting.save(VOLUNTEER, attempt, 0, List.of(1)), "assessment.attempt.closed");
        assertEquals(Map.of(0, item.toItemAnswer(List.of(2))), attempts.answers(attempt), "nothing saved late");
    }

    @Test
    void theSheetShowsTheDrawWithTheSavedAnswersAndNotAnAttemptPastItsDeadline() {
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        sitting.save(VOLUNTEER, attempt, 0, List.of(1));
        clock.advance(Duration.ofMinutes(15));
        AttemptSheet sheet = sitting.sheet(VOLUNTEER, attempt).orElseThrow();
        assertEquals(Duration.ofMinutes(25).toSeconds(), sheet.secondsLeft());
        assertEquals(1, sheet.questions().size());
        assertEquals(List.of(1), sheet.questions().get(0).saved(), "in the indices the volunteer was shown");
        assertEquals(1, sheet.answered());

        clock.advance(Duration.ofMinutes(25));
        assertTrue(sitting.sheet(VOLUNTEER, attempt).isEmpty());
        assertEquals(Attempt.Closer.DEADLINE, attempts.find(attempt).orElseThrow().submittedBy());
    }

    @Test
    void aSubmitIsTheVolunteersAndCountsOnce() {
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        assertRefused(() -> sitting.submit(SOMEONE_ELSE, attempt), "assessment.attempt.unknown");
        sitting.submit(VOLUNTEER, attempt);
        clock.advance(Duration.ofMinutes(1));
        sitting.submit(VOLUNTEER, attempt);
        assertEquals(1, audited.size(), "the second submit (a double click) changes nothing");
        assertEquals(NINE, attempts.find(attempt).orElseThrow().submittedAt());
    }

    @Test
    void theSweepClosesOnlyAttemptsPastTheirDeadline() {
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        clock.advance(TIME_LIMIT.minusSeconds(1));
        assertEquals(List.of(), sitting.overdue(10));
        assertFalse(sitting.closeOverdue(attempt));

        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(attempt), sitting.overdue(10));
        assertTrue(sitting.closeOverdue(attempt));
        assertFalse(sitting.closeOverdue(attempt), "closed already: another node's sweep got there first");
        assertEquals(Attempt.Closer.DEADLINE, attempts.find(attempt).orElseThrow().submittedBy());
    }

    @Test
    void aBreakIsOnlyForThoseWhoseNeedsAskForItAndStopsTheClockAudited() {
        long plain = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        assertRefused(() -> sitting.pause(VOLUNTEER, plain), "assessment.break.notAllowed");
        assertFalse(sitting.sheet(VOLUNTEER, plain).orElseThrow().breaks().allowed());
        sitting.submit(VOLUNTEER, plain);

        breaks = true;
        completed.addAll(REQUIRED);
        long attempt = sitting.start(VOLUNTEER, L1);
        assertRefused(() -> sitting.pause(SOMEONE_ELSE, attempt), "assessment.attempt.unknown");
        clock.advance(Duration.ofMinutes(10));
        sitting.pause(VOLUNTEER, attempt);
        assertEquals("EXAM_PAUSED", audited.get(audited.size() - 1).action());
        AttemptSheet paused = sitting.sheet(VOLUNTEER, attempt).orElseThrow();
        assertTrue(paused.paused());
        assertEquals(List.of(), paused.questions(), "the questions are hidden during a break");
        assertEquals(2, paused.breaks().left());
        assertRefused(() -> sitting.save(VOLUNTEER, attempt, 0, List.of(0)), "assessment.attempt.paused");
        assertRefused(() -> sitting.pause(VOLUNTEER, attempt), "assessment.break.already");

        clock.advance(Duration.ofMinutes(4));
        assertEquals(Duration.ofMinutes(30).toSeconds(), sitting.sheet(VOLUNTEER, attempt).orElseThrow().secondsLeft(),
                "the clock stood still");
        sitting.resume(VOLUNTEER, attempt);
        AuditRecord resumed = audited.get(audited.size() - 1);
        assertEquals("EXAM_RESUMED", resumed.action());
        assertEquals("person:" + VOLUNTEER.personId(), resumed.actor());
        assertEquals(NINE.plus(TIME_LIMIT).plus(Duration.ofMinutes(4)), attempts.find(attempt).orElseThrow().deadline(),
                "the server moved the deadline by the pause's length");
        assertEquals(NINE.plus(Duration.ofMinutes(14)), sitting.save(VOLUNTEER, attempt, 0, List.of(0)));
    }

    @Test
    void aBreakEndsByItselfAtItsLimitAndTheSweepThenGradesOnTime() {
        breaks = true;
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        clock.advance(TIME_LIMIT.minusMinutes(1));
        sitting.pause(VOLUNTEER, attempt);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(List.of(), sitting.overdue(10), "past the old deadline, but the clock is stopped");
        assertFalse(sitting.closeOverdue(attempt));

        clock.advance(Attempt.MAX_BREAK.minusMinutes(5));
        assertEquals(List.of(), sitting.overdue(10), "the break has just run out: one minute of exam time left");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(attempt), sitting.overdue(10));
        assertTrue(sitting.closeOverdue(attempt));
        Attempt closed = attempts.find(attempt).orElseThrow();
        assertEquals(NINE.plus(TIME_LIMIT).plus(Attempt.MAX_BREAK), closed.submittedAt(),
                "graded as at its deadline moved by the longest break, never later");
        assertEquals(Attempt.MAX_BREAK, closed.pausedTotal());
    }

    @Test
    void aBreakThatRanOutIsEndedAndAuditedWhenThePageComesBack() {
        breaks = true;
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        sitting.pause(VOLUNTEER, attempt);
        clock.advance(Attempt.MAX_BREAK.plusMinutes(3));
        AttemptSheet sheet = sitting.sheet(VOLUNTEER, attempt).orElseThrow();
        assertFalse(sheet.paused());
        assertEquals(1, sheet.questions().size());
        assertEquals(TIME_LIMIT.minusMinutes(3).toSeconds(), sheet.secondsLeft(), "the clock ran again at the limit");
        AuditRecord ended = audited.get(audited.size() - 1);
        assertEquals("EXAM_RESUMED", ended.action());
        assertEquals("system:exam-break-limit", ended.actor());
    }

    @Test
    void twoTabsStartingAtOnceLandOnOneAttempt() {
        Exam exam = exams.exam(OPEN_TO_ALL).orElseThrow();
        List<Attempt> rival = new ArrayList<>();
        attempts.beforeAdd = () -> {
            // the other tab's start commits between this one's reading and its insert
            attempts.beforeAdd = () -> { };
            rival.add(new Attempt(exam, VOLUNTEER.personId(), 1, false,
                    List.of(new AttemptItem(stored(OPEN_TO_ALL).id(), ItemType.SINGLE, List.of(0, 1, 2))), NINE));
            attempts.add(rival.get(0));
        };
        long attempt = sitting.start(VOLUNTEER, OPEN_TO_ALL);
        assertEquals(rival.get(0).id(), attempt, "the loser of the race finds the winner's attempt");
        assertEquals(1, attempts.of(VOLUNTEER.personId()).size());
    }

    @Test
    void anUnknownExamIsRefusedByName() {
        assertRefused(() -> sitting.start(VOLUNTEER, "EXAM-NONE"), "assessment.exam.unknown", "EXAM-NONE");
    }

    private Map<String, ExamCard> cards() {
        return sitting.overview(VOLUNTEER).stream().collect(Collectors.toMap(ExamCard::code, Function.identity()));
    }

    /** Answers the positions of an open attempt in order: {@code right} of them rightly, then {@code wrong} wrongly. */
    private void answer(long attempt, int right, int wrong) {
        List<AttemptItem> items = attempts.find(attempt).orElseThrow().items();
        for (int position = 0; position < right + wrong; position++) {
            AttemptItem drawn = items.get(position);
            int option = position < right ? 0 : 1;
            sitting.save(VOLUNTEER, attempt, position, drawn.toShown(List.of(option)));
        }
    }

    private StoredItem stored(AttemptItem drawn) {
        return exams.byIds(List.of(drawn.itemId())).get(drawn.itemId());
    }

    private StoredItem stored(String examCode) {
        return exams.current(examCode).get(0);
    }

    /** An exam and its bank: one single-choice item per competency given, option 0 the right one. */
    private void exam(Blueprint blueprint, String... competencies) {
        String code = blueprint.examCode();
        exams.add(new Exam(new ExamDefinition(blueprint, 1, new LocalizedText(code, code), ExamDefinition.TIER,
                "L1"), "fingerprint", NINE));
        for (int i = 0; i < competencies.length; i++) {
            String id = code + "-" + i;
            BankItem item = new BankItem(id, 1, ItemType.SINGLE, List.of(competencies[i]), 2,
                    new LocalizedText("题干 " + id, "Stem " + id),
                    List.of(new LocalizedText("对", "right"), new LocalizedText("错", "wrong"),
                            new LocalizedText("也错", "also wrong")),
                    List.of(0), new LocalizedText("理由 " + id, "Because " + id), null, null, false);
            exams.add(code, new StoredItem(code, item, "test", "fingerprint-" + id, false, NINE));
        }
    }

    private static void assertRefused(Executable action, String key, Object... arguments) {
        DomainException refusal = assertThrows(DomainException.class, action);
        assertEquals(key, refusal.messageKey());
        assertNull(refusal.field());
        assertEquals(List.of(arguments), refusal.arguments());
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** The ExamPassed events fired, in order; the sitting fires synchronously and never selects. */
    private record Announcements(List<ExamPassed> fired) implements Event<ExamPassed> {

        @Override
        public void fire(ExamPassed event) {
            fired.add(event);
        }

        @Override
        public <U extends ExamPassed> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ExamPassed> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ExamPassed> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ExamPassed> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ExamPassed> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
