/**
 * The learning context's model: a {@link academy.anxin.learning.domain.Course} is one version of a unit of study,
 * made of ordered {@link academy.anxin.learning.domain.Lesson}s in modules; a
 * {@link academy.anxin.learning.domain.MicroLesson} stands alone; an
 * {@link academy.anxin.learning.domain.Enrollment} is one volunteer's place in one course version and decides when
 * a lesson and the course are complete. Content arrives as drafts read from files, with the
 * {@link academy.anxin.kernel.domain.ContentProblem}s found in them.
 */
package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.ContentProblem;
