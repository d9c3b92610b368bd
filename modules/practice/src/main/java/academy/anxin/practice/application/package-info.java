/**
 * The practice context's use cases: {@link academy.anxin.practice.application.PracticeLog} for the volunteer,
 * {@link academy.anxin.practice.application.SignOff} for supervisors, and
 * {@link academy.anxin.practice.application.Assessments} for competency assessments (recorded by an entitled
 * supervisor, read by the volunteer, the passed ones asked for by credentials) on the rubrics of
 * {@link academy.anxin.practice.application.RubricsInForce}. Pages call only these. Reports (records) count
 * through {@link academy.anxin.practice.application.PracticeFigures}.
 */
package academy.anxin.practice.application;
