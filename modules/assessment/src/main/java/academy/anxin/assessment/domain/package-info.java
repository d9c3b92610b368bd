/**
 * The assessment context's rules: exams and their versioned items ({@link academy.anxin.assessment.domain.Exam},
 * {@link academy.anxin.assessment.domain.StoredItem}), blueprints, when an attempt may start
 * ({@link academy.anxin.assessment.domain.ExamEntry}), drawing an attempt, the attempt with its server-kept deadline
 * ({@link academy.anxin.assessment.domain.Attempt}, with the breaks that stop its clock for those whose needs ask
 * for them), grading, and item analysis.
 */
package academy.anxin.assessment.domain;
