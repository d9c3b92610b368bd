/** Assessment's use cases: importing banks, sitting exams, grading, item statistics. */
package academy.anxin.assessment.application;
