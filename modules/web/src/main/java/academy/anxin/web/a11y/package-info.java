/**
 * What every page tells assistive technology without the page asking for it: a refused field is marked invalid
 * and described by its message ({@link academy.anxin.web.a11y.InvalidFields}, with the field messages' stable ids
 * from {@link academy.anxin.web.a11y.FieldMessageRenderer}), and the page's refusals and notices are gathered into
 * an error summary (role alert, focused by {@code resources/anxin/feedback.js}) and a polite status region
 * ({@link academy.anxin.web.a11y.Feedback}, rendered by the page template). Both are registered once, in
 * faces-config.xml and the template, so no form can forget them.
 */
package academy.anxin.web.a11y;
