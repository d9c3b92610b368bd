package academy.anxin.credentials.application;

import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.Evidence;
import academy.anxin.credentials.domain.RecognitionClaim;
import academy.anxin.credentials.domain.RecognitionClaims;
import academy.anxin.learning.application.Study;
import academy.anxin.practice.application.Assessments;
import academy.anxin.practice.application.PracticeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Gathers a person's evidence from every context, each through its own application service: completions from
 * learning, approved practice and passed competency assessments from practice, passed exams from assessment; held
 * credentials and approved
 * recognitions from this context's own tables.
 */
@ApplicationScoped
public class Evidences {

    @Inject
    Study study;

    @Inject
    PracticeLog practice;

    @Inject
    Assessments assessments;

    @Inject
    ExamSitting exams;

    @Inject
    Credentials credentials;

    @Inject
    RecognitionClaims recognitions;

    public Evidence of(long personId, Instant now) {
        Evidence evidence = Evidence.none();
        for (Study.Finished done : study.completionsOf(personId)) {
            evidence = done.lessonKey() == null ? evidence.withCourse(done.courseCode(), done.at())
                    : evidence.withLesson(done.courseCode() + "/" + done.lessonKey(), done.at());
        }
        for (PracticeLog.ApprovedMinutes approved : practice.approvedOf(personId)) {
            evidence = evidence.withPractice(approved.minutes(), approved.modality(), approved.population(),
                    approved.riskLevel(), approved.date());
        }
        for (Assessments.Passed passed : assessments.passedOf(personId)) {
            evidence = evidence.withAssessment(passed.rubricCode(), passed.observedOn());
        }
        for (ExamSitting.Pass pass : exams.passesOf(personId)) {
            evidence = evidence.withExam(pass.examCode(), pass.score(), pass.at());
        }
        for (Credentials.Stored held : credentials.ofHolder(personId)) {
            evidence = evidence.withHeld(held.credential().asHeld(now));
        }
        for (RecognitionClaim claim : recognitions.ofPerson(personId)) {
            if (claim.isApproved()) {
                evidence = evidence.withRecognition(claim.asEvidence());
            }
        }
        return evidence;
    }
}
