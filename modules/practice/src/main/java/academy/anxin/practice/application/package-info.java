/**
 * The practice context's use cases: {@link academy.anxin.practice.application.PracticeLog} for the volunteer,
 * {@link academy.anxin.practice.application.SignOff} for supervisors. Pages call only these. Reports (records) count
 * through {@link academy.anxin.practice.application.PracticeFigures}.
 */
package academy.anxin.practice.application;
