package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.credentials.domain.Eligibility.Purpose;
import academy.anxin.credentials.domain.Eligibility.Refusal;
import academy.anxin.credentials.domain.Evidence.ApprovedPractice;
import academy.anxin.credentials.domain.Evidence.HeldCredential;
import academy.anxin.credentials.domain.Evidence.Recognition;
import academy.anxin.credentials.domain.RequirementResult.Basis;
import academy.anxin.credentials.domain.RequirementResult.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Evaluates a person's {@link Evidence} against a {@link CredentialRule}: for issuance, everything up to now
 * counts; for renewal, only what was done within the credential's current validity period. Pure and stateless, so
 * the path page, the automatic issuer and the tests all get the same answer for the same facts.
 *
 * <p>Deliberate choices: a requirement met by evidence shows as such even when a recognition also covers it, so
 * the page shows real progress; a prerequisite tier is met by an active credential of that tier <em>or a higher
 * one</em> (an L3 volunteer whose L2 lapsed is still beyond L2), its tenure the longest such holding; practice
 * counts by the day it took place, in {@link PlatformTime#ZONE}, and so does an assessment by the day it was
 * observed; sessions at a risk level count those at that level or higher (a HIGH requirement counts HIGH only, a
 * MEDIUM one MEDIUM and HIGH), each approved reversal taking one back.
 */
public final class EligibilityEngine {

    /** Scores are fractions from grading; this keeps 0.8 from failing a 0.8 minimum through rounding. */
    private static final double SCORE_TOLERANCE = 1e-9;

    /** Which facts count: those from {@code from} (none: from the beginning) up to and including {@code to}. */
    private record Window(Instant from, Instant to) {

        boolean contains(Instant at) {
            return (from == null || !at.isBefore(from)) && !at.isAfter(to);
        }

        boolean contains(LocalDate date) {
            return (from == null || !date.isBefore(day(from))) && !date.isAfter(day(to));
        }

        private static LocalDate day(Instant instant) {
            return instant.atZone(PlatformTime.ZONE).toLocalDate();
        }
    }

    /** Whether the person may be issued the credential now, and how far each requirement is. */
    public Eligibility evaluate(CredentialRule rule, Evidence evidence, Instant now) {
        Window window = new Window(null, now);
        List<RequirementResult> results = new ArrayList<>();
        for (Requirement requirement : rule.requirements()) {
            results.add(recognized(rule, requirement, evaluate(rule, requirement, evidence, window), evidence, now));
        }
        return new Eligibility(rule.kind(), Purpose.ISSUANCE, results, null, now);
    }

    /**
     * Whether the credential may be renewed now: it must be active (not suspended, expired or revoked), and within
     * its current validity period the renewal requirements must be met.
     */
    public Eligibility evaluateRenewal(CredentialRule rule, Credential credential, Evidence evidence, Instant now) {
        if (!credential.kind().equals(rule.kind())) {
            throw new IllegalArgumentException(credential.kind() + " credential against the " + rule.kind() + " rule");
        }
        ValidityPeriod period = credential.periodAt(now);
        Window window = new Window(period.from(), now.isBefore(period.until()) ? now : period.until());
        List<RequirementResult> results = new ArrayList<>();
        for (Requirement requirement : rule.renewal().requirements()) {
            results.add(evaluate(rule, requirement, evidence, window));
        }
        return new Eligibility(rule.kind(), Purpose.RENEWAL, results, renewalBlocker(credential, now), now);
    }

    private static Refusal renewalBlocker(Credential credential, Instant now) {
        String number = credential.number().text();
        return switch (credential.statusAt(now)) {
            case ACTIVE -> null;
            case SUSPENDED -> new Refusal("credential.renewal.suspended", List.of(number));
            case EXPIRED -> new Refusal("credential.renewal.expired", List.of(number));
            case REVOKED -> new Refusal("credential.renewal.revoked", List.of(number));
        };
    }

    private static RequirementResult evaluate(CredentialRule rule, Requirement requirement, Evidence evidence,
                                              Window window) {
        RequirementId id = rule.idOf(requirement);
        // Java 17 has no pattern switch yet; the sealed interface keeps this chain complete
        if (requirement instanceof Requirement.Course course) {
            boolean done = evidence.courses().stream()
                    .anyMatch(c -> c.courseCode().equals(course.courseCode()) && window.contains(c.at()));
            return result(id, requirement, done, done ? 1 : 0, 1, Unit.COURSES, "credential.requirement.course",
                    course.courseCode());
        }
        if (requirement instanceof Requirement.Exam exam) {
            return exam(id, exam, evidence, window);
        }
        if (requirement instanceof Requirement.PracticeTotal total) {
            long minutes = minutes(evidence, window, p -> true);
            return result(id, requirement, minutes >= total.minutes(), minutes, total.minutes(), Unit.MINUTES,
                    "credential.requirement.practice.total", minutes, total.minutes());
        }
        if (requirement instanceof Requirement.PracticeByModality part && part.afterAssessment() != null) {
            LocalDate from = firstPassed(evidence, part.afterAssessment());
            long minutes = from == null ? 0 : minutes(evidence, window,
                    p -> p.modality() == part.modality() && !p.date().isBefore(from));
            return result(id, requirement, minutes >= part.minutes(), minutes, part.minutes(), Unit.MINUTES,
                    "credential.requirement.practice.modalityAfter", part.modality().name(), minutes, part.minutes(),
                    part.afterAssessment());
        }
        if (requirement instanceof Requirement.PracticeByModality part) {
            long minutes = minutes(evidence, window, p -> p.modality() == part.modality());
            return result(id, requirement, minutes >= part.minutes(), minutes, part.minutes(), Unit.MINUTES,
                    "credential.requirement.practice.modality", part.modality().name(), minutes, part.minutes());
        }
        if (requirement instanceof Requirement.PracticeByPopulation part) {
            long minutes = minutes(evidence, window, p -> p.population() == part.population());
            return result(id, requirement, minutes >= part.minutes(), minutes, part.minutes(), Unit.MINUTES,
                    "credential.requirement.practice.population", part.population().name(), minutes,
                    part.minutes());
        }
        if (requirement instanceof Requirement.TierHeld held) {
            return tierHeld(id, held, evidence, window.to());
        }
        if (requirement instanceof Requirement.Assessment assessment) {
            boolean passed = passed(evidence, window, assessment.rubricCode());
            return result(id, requirement, passed, passed ? 1 : 0, 1, Unit.ASSESSMENTS,
                    "credential.requirement.assessment", assessment.rubricCode());
        }
        if (requirement instanceof Requirement.AssessmentInPeriod assessment) {
            boolean passed = passed(evidence, window, assessment.rubricCode());
            return result(id, requirement, passed, passed ? 1 : 0, 1, Unit.ASSESSMENTS,
                    "credential.requirement.renewal.assessment", assessment.rubricCode());
        }
        if (requirement instanceof Requirement.SessionsAtRisk sessions) {
            long count = Math.max(0, evidence.practice().stream().filter(p -> window.contains(p.date()))
                    .filter(p -> p.riskLevel().compareTo(sessions.risk()) >= 0)
                    .mapToLong(p -> Integer.signum(p.minutes())).sum());
            return result(id, requirement, count >= sessions.count(), count, sessions.count(), Unit.SESSIONS,
                    "credential.requirement.sessions.risk", sessions.risk().name(), count, sessions.count());
        }
        if (requirement instanceof Requirement.LessonsInPeriod lessons) {
            long done = evidence.lessons().stream().filter(l -> window.contains(l.at()))
                    .map(Evidence.CompletedLesson::lessonKey).distinct().count();
            return result(id, requirement, done >= lessons.lessons(), done, lessons.lessons(), Unit.LESSONS,
                    "credential.requirement.renewal.lessons", done, lessons.lessons());
        }
        Requirement.PracticeInPeriod practice = (Requirement.PracticeInPeriod) requirement;
        long minutes = minutes(evidence, window, p -> true);
        return result(id, requirement, minutes >= practice.minutes(), minutes, practice.minutes(), Unit.MINUTES,
                "credential.requirement.renewal.practice", minutes, practice.minutes());
    }

    private static RequirementResult exam(RequirementId id, Requirement.Exam exam, Evidence evidence, Window window) {
        double best = evidence.exams().stream()
                .filter(e -> e.examCode().equals(exam.examCode()) && window.contains(e.at()))
                .mapToDouble(Evidence.PassedExam::score).max().orElse(Double.NaN);
        boolean passed = !Double.isNaN(best);
        boolean met = passed && best + SCORE_TOLERANCE >= exam.minimumScore();
        long bestPercent = passed ? Math.round(best * 100) : 0;
        long minimumPercent = Math.round(exam.minimumScore() * 100);
        String key = passed && !met ? "credential.requirement.exam.belowMinimum" : "credential.requirement.exam";
        return result(id, exam, met, bestPercent, minimumPercent, Unit.PERCENT, key, exam.examCode(), minimumPercent,
                bestPercent);
    }

    private static RequirementResult tierHeld(RequirementId id, Requirement.TierHeld held, Evidence evidence,
                                              Instant now) {
        List<HeldCredential> atLeast = evidence.held().stream()
                .filter(h -> h.kind().isTier() && h.kind().tier().compareTo(held.tier()) >= 0).toList();
        long months = atLeast.stream().filter(h -> h.activeAt(now))
                .mapToLong(h -> ChronoUnit.MONTHS.between(h.heldSince().atZone(PlatformTime.ZONE),
                        now.atZone(PlatformTime.ZONE)))
                .max().orElse(-1);
        String tier = held.tier().name();
        if (months < 0) {
            boolean suspended = atLeast.stream()
                    .anyMatch(h -> h.status() == CredentialStatus.SUSPENDED && now.isBefore(h.validUntil()));
            if (suspended) {
                return result(id, held, false, 0, Math.max(1, held.months()), unit(held),
                        "credential.requirement.tier.suspended", tier, held.months());
            }
        }
        if (held.months() == 0) {
            boolean active = months >= 0;
            return result(id, held, active, active ? 1 : 0, 1, Unit.CREDENTIALS, "credential.requirement.tier.active",
                    tier);
        }
        long current = Math.max(0, months);
        return result(id, held, months >= held.months(), current, held.months(), Unit.MONTHS,
                "credential.requirement.tier", tier, held.months(), current);
    }

    private static Unit unit(Requirement.TierHeld held) {
        return held.months() == 0 ? Unit.CREDENTIALS : Unit.MONTHS;
    }

    /** Whether an assessment on the rubric passed, observed on a day the window holds. */
    private static boolean passed(Evidence evidence, Window window, String rubricCode) {
        return evidence.assessments().stream()
                .anyMatch(a -> a.rubricCode().equals(rubricCode) && window.contains(a.observedOn()));
    }

    /** The day the first passed assessment on this rubric was observed, or null when none has passed. */
    private static LocalDate firstPassed(Evidence evidence, String rubricCode) {
        return evidence.assessments().stream().filter(a -> a.rubricCode().equals(rubricCode))
                .map(Evidence.PassedAssessment::observedOn).min(LocalDate::compareTo).orElse(null);
    }

    /** Net approved minutes (reversals subtract), never below zero. */
    private static long minutes(Evidence evidence, Window window, Predicate<ApprovedPractice> which) {
        long sum = evidence.practice().stream().filter(p -> window.contains(p.date())).filter(which)
                .mapToLong(ApprovedPractice::minutes).sum();
        return Math.max(0, sum);
    }

    /** An unmet issuance requirement that an approved recognition names counts as met, and says by what. */
    private static RequirementResult recognized(CredentialRule rule, Requirement requirement, RequirementResult result,
                                                Evidence evidence, Instant now) {
        if (result.met()) {
            return result;
        }
        RequirementId id = rule.idOf(requirement);
        return evidence.recognitions().stream()
                .filter(r -> !r.approvedAt().isAfter(now) && r.satisfies().contains(id))
                .map(Recognition::qualification).findFirst()
                .map(qualification -> new RequirementResult(id, requirement, Basis.RECOGNITION, result.current(),
                        result.target(), result.unit(), result.messageKey(), result.arguments(), qualification))
                .orElse(result);
    }

    private static RequirementResult result(RequirementId id, Requirement requirement, boolean met, long current,
                                            long target, Unit unit, String key, Object... arguments) {
        return new RequirementResult(id, requirement, met ? Basis.EVIDENCE : Basis.UNMET, current, target, unit, key,
                List.of(arguments), null);
    }
}
