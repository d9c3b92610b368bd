/**
 * The learner's pages: catalog, course page, lesson player, my learning, micro-lessons; the platform admin's
 * content import; and the servlet that streams a course's media and captions to those enrolled.
 */
package academy.anxin.web.learning;
