/**
 * Practice pages: the volunteer's log and totals, the supervisor's sign-off queue with its section for recording
 * competency assessments ({@code AssessmentPage}), and the CSV export. A volunteer reads their assessments on the
 * path page ({@code web.credentials.PathPage}).
 */
package academy.anxin.web.practice;
