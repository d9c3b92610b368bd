/** Practice pages: the volunteer's log and totals, the supervisor's sign-off queue, and the CSV export. */
package academy.anxin.web.practice;
