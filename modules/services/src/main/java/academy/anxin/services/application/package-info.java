/**
 * The services context's use cases, the only entry from outside: the listing workflow for organizations' admins
 * and platform admins ({@link academy.anxin.services.application.ListingService}) and the public directory
 * ({@link academy.anxin.services.application.Directory}: search, standing by name and words, the check page, kept
 * in the search module's index by {@link academy.anxin.services.application.DirectoryIndexing}), and feedback from
 * the people served ({@link academy.anxin.services.application.FeedbackService}: the anonymous answer, the
 * organization's trends and comments, the regional averages).
 */
package academy.anxin.services.application;
