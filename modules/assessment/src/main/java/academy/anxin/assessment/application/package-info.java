/** Assessment's use cases: importing banks, sitting exams, grading, item statistics, counts for reports ({@code ExamFigures}). */
package academy.anxin.assessment.application;
