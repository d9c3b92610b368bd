package academy.anxin.credentials.domain;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about one person that credential rules look at, gathered from the other contexts' facts: courses
 * completed, exams passed, approved practice (a reversal is an entry with negative minutes, as practice records
 * it), lessons completed for continuing education, credentials held, approved recognitions of prior
 * qualifications, and passed competency assessments. Immutable; the {@code with...} methods return a copy with one
 * more fact.
 */
public record Evidence(List<CompletedCourse> courses, List<PassedExam> exams, List<ApprovedPractice> practice,
                       List<CompletedLesson> lessons, List<HeldCredential> held, List<Recognition> recognitions,
                       List<PassedAssessment> assessments) {

    /** A competency assessment that met its rubric's pass rule, by the rubric's code and the day it was observed. */
    public record PassedAssessment(String rubricCode, LocalDate observedOn) {
        public PassedAssessment {
            Objects.requireNonNull(rubricCode, "rubricCode");
            Objects.requireNonNull(observedOn, "observedOn");
        }
    }

    public record CompletedCourse(String courseCode, Instant at) {
        public CompletedCourse {
            Objects.requireNonNull(courseCode, "courseCode");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A passed attempt; {@code score} is the share of items right, as assessment graded it. */
    public record PassedExam(String examCode, double score, Instant at) {
        public PassedExam {
            Objects.requireNonNull(examCode, "examCode");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Approved minutes of one session, with the highest risk met in it, on the day it took place (negative for an
     * approved reversal).
     */
    public record ApprovedPractice(int minutes, Modality modality, Population population, RiskLevel riskLevel,
                                   LocalDate date) {
        public ApprovedPractice {
            Objects.requireNonNull(modality, "modality");
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(riskLevel, "riskLevel");
            Objects.requireNonNull(date, "date");
        }

        /** A session whose risk level nobody asks about (counted as low). */
        public ApprovedPractice(int minutes, Modality modality, Population population, LocalDate date) {
            this(minutes, modality, population, RiskLevel.LOW, date);
        }
    }

    /** A course lesson or micro-lesson completed for the first time; counts as continuing education. */
    public record CompletedLesson(String lessonKey, Instant at) {
        public CompletedLesson {
            Objects.requireNonNull(lessonKey, "lessonKey");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A credential the person holds: its status now, since when it has been held without a break (the first
     * issuance; renewals keep it), and the end of its current validity.
     */
    public record HeldCredential(CredentialKind kind, CredentialStatus status, Instant heldSince, Instant validUntil) {
        public HeldCredential {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(heldSince, "heldSince");
            Objects.requireNonNull(validUntil, "validUntil");
        }

        /** Active at that moment: its status says so and its validity has not run out. */
        public boolean activeAt(Instant now) {
            return status.isValid() && !heldSince.isAfter(now) && now.isBefore(validUntil);
        }
    }

    /** An approved recognition of a prior qualification and the requirements it satisfies. */
    public record Recognition(String qualification, Set<RequirementId> satisfies, Instant approvedAt) {
        public Recognition {
            Objects.requireNonNull(qualification, "qualification");
            Objects.requireNonNull(approvedAt, "approvedAt");
            satisfies = Set.copyOf(satisfies);
        }
    }

    public Evidence {
        courses = List.copyOf(courses);
        exams = List.copyOf(exams);
        practice = List.copyOf(practice);
        lessons = List.copyOf(lessons);
        held = List.copyOf(held);
        recognitions = List.copyOf(recognitions);
        assessments = List.copyOf(assessments);
    }

    /** Evidence without competency assessments. */
    public Evidence(List<CompletedCourse> courses, List<PassedExam> exams, List<ApprovedPractice> practice,
                    List<CompletedLesson> lessons, List<HeldCredential> held, List<Recognition> recognitions) {
        this(courses, exams, practice, lessons, held, recognitions, List.of());
    }

    public static Evidence none() {
        return new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Evidence withCourse(String courseCode, Instant at) {
        return new Evidence(plus(courses, new CompletedCourse(courseCode, at)), exams, practice, lessons, held,
                recognitions, assessments);
    }

    public Evidence withExam(String examCode, double score, Instant at) {
        return new Evidence(courses, plus(exams, new PassedExam(examCode, score, at)), practice, lessons, held,
                recognitions, assessments);
    }

    public Evidence withPractice(int minutes, Modality modality, Population population, LocalDate date) {
        return withPractice(minutes, modality, population, RiskLevel.LOW, date);
    }

    public Evidence withPractice(int minutes, Modality modality, Population population, RiskLevel riskLevel,
                                 LocalDate date) {
        return new Evidence(courses, exams, plus(practice, new ApprovedPractice(minutes, modality, population,
                riskLevel, date)), lessons, held, recognitions, assessments);
    }

    public Evidence withAssessment(String rubricCode, LocalDate observedOn) {
        return new Evidence(courses, exams, practice, lessons, held, recognitions,
                plus(assessments, new PassedAssessment(rubricCode, observedOn)));
    }

    public Evidence withLesson(String lessonKey, Instant at) {
        return new Evidence(courses, exams, practice, plus(lessons, new CompletedLesson(lessonKey, at)), held,
                recognitions, assessments);
    }

    public Evidence withHeld(HeldCredential credential) {
        return new Evidence(courses, exams, practice, lessons, plus(held, credential), recognitions, assessments);
    }

    public Evidence withRecognition(Recognition recognition) {
        return new Evidence(courses, exams, practice, lessons, held, plus(recognitions, recognition), assessments);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
