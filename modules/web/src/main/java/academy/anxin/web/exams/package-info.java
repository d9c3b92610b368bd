/** Exam pages: the volunteer's exams, the attempt with autosave, results; the admin's banks and item statistics. */
package academy.anxin.web.exams;
