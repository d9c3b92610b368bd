/**
 * Case matching as a use case: {@link academy.anxin.dispatch.application.CaseMatching} (a dispatcher's or
 * organization admin's page, and the matches API with an organization's key), answering a
 * {@link academy.anxin.dispatch.application.MatchView}; every match audited as {@code CASE_MATCHED} without the case.
 */
package academy.anxin.dispatch.application;
