/**
 * The practice context's use cases: {@link academy.anxin.practice.application.PracticeLog} for the volunteer,
 * {@link academy.anxin.practice.application.SignOff} for supervisors. Pages call only these.
 */
package academy.anxin.practice.application;
