package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import java.util.Objects;

/**
 * One condition of a credential rule, as written in {@code content/credentials/}. Those for issuance may be
 * satisfied by an approved {@link PriorQualification} instead of the evidence itself; those for renewal (their
 * local ids start with {@code renewal.}) count only what was done within the current validity period, so no
 * recognition replaces them.
 */
public sealed interface Requirement {

    /** Unique within one rule, derived from what is required: {@code course.L1-PFA}, {@code practice.total}. */
    String localId();

    default boolean recognizable() {
        return true;
    }

    /** The course, in any version, completed. */
    record Course(String courseCode) implements Requirement {
        public Course {
            Objects.requireNonNull(courseCode, "courseCode");
        }

        @Override
        public String localId() {
            return "course." + courseCode;
        }
    }

    /**
     * The exam passed with at least {@code minimumScore} (a fraction). The reader sets it to the exam's own pass
     * mark unless the rule asks for more, so the page always has a target to show.
     */
    record Exam(String examCode, double minimumScore) implements Requirement {
        public Exam {
            Objects.requireNonNull(examCode, "examCode");
            if (!(minimumScore > 0 && minimumScore <= 1)) {
                throw new IllegalArgumentException("minimum score " + minimumScore);
            }
        }

        @Override
        public String localId() {
            return "exam." + examCode;
        }
    }

    /** Approved practice minutes of any kind. */
    record PracticeTotal(int minutes) implements Requirement {
        public PracticeTotal {
            positive(minutes);
        }

        @Override
        public String localId() {
            return "practice.total";
        }
    }

    /**
     * Approved practice minutes done in one modality (e.g. live hotline calls for the helpline tier). With
     * {@code afterAssessment}, only sessions on or after the day a competency assessment on that rubric was observed
     * and passed count: live calls taken before the skill was observed (the helpline's role-play) do not.
     */
    record PracticeByModality(Modality modality, int minutes, String afterAssessment) implements Requirement {
        public PracticeByModality {
            Objects.requireNonNull(modality, "modality");
            positive(minutes);
        }

        public PracticeByModality(Modality modality, int minutes) {
            this(modality, minutes, null);
        }

        @Override
        public String localId() {
            return "practice.modality." + modality.name();
        }
    }

    /** Approved practice minutes serving one population (what an endorsement is about). */
    record PracticeByPopulation(Population population, int minutes) implements Requirement {
        public PracticeByPopulation {
            Objects.requireNonNull(population, "population");
            positive(minutes);
        }

        @Override
        public String localId() {
            return "practice.population." + population.name();
        }
    }

    /** An active credential of this tier or a higher one, held for at least {@code months} (0: held now). */
    record TierHeld(Tier tier, int months) implements Requirement {
        public TierHeld {
            Objects.requireNonNull(tier, "tier");
            if (months < 0) {
                throw new IllegalArgumentException("months " + months);
            }
        }

        @Override
        public String localId() {
            return "tier." + tier.name();
        }
    }

    /** Renewal: lessons (course lessons or micro-lessons) completed within the validity period. */
    record LessonsInPeriod(int lessons) implements Requirement {
        public LessonsInPeriod {
            positive(lessons);
        }

        @Override
        public String localId() {
            return "renewal.lessons";
        }

        @Override
        public boolean recognizable() {
            return false;
        }
    }

    /** Renewal: approved practice minutes dated within the validity period. */
    record PracticeInPeriod(int minutes) implements Requirement {
        public PracticeInPeriod {
            positive(minutes);
        }

        @Override
        public String localId() {
            return "renewal.practice";
        }

        @Override
        public boolean recognizable() {
            return false;
        }
    }

    /**
     * A competency assessment on this rubric ({@code content/rubrics/<CODE>.yaml}) passed: a supervisor observed the
     * skill and scored it, and its levels met the rubric's pass rule.
     */
    record Assessment(String rubricCode) implements Requirement {
        public Assessment {
            Objects.requireNonNull(rubricCode, "rubricCode");
        }

        @Override
        public String localId() {
            return "assessment." + rubricCode;
        }
    }

    /**
     * So many approved practice sessions at this risk level or a higher one (an approved reversal takes one back):
     * the calls a crisis volunteer has actually handled under supervision, which minutes alone do not tell.
     */
    record SessionsAtRisk(RiskLevel risk, int count) implements Requirement {
        public SessionsAtRisk {
            Objects.requireNonNull(risk, "risk");
            positive(count);
        }

        @Override
        public String localId() {
            return "sessions.risk." + risk.name();
        }
    }

    /**
     * Renewal: a competency assessment on this rubric passed within the validity period. For a supervisor this is
     * supervision of the supervisor: another entitled supervisor observed one of their supervision sessions.
     */
    record AssessmentInPeriod(String rubricCode) implements Requirement {
        public AssessmentInPeriod {
            Objects.requireNonNull(rubricCode, "rubricCode");
        }

        @Override
        public String localId() {
            return "renewal.assessment." + rubricCode;
        }

        @Override
        public boolean recognizable() {
            return false;
        }
    }

    private static void positive(int amount) {
        if (amount < 1) {
            throw new IllegalArgumentException("a requirement of " + amount + " is no requirement: leave it out");
        }
    }
}
