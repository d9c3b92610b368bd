/**
 * The services context's use cases, the only entry from outside: the listing workflow for organizations' admins
 * and platform admins ({@link academy.anxin.services.application.ListingService}) and the public directory
 * ({@link academy.anxin.services.application.Directory}: search, standing by name, the check page).
 */
package academy.anxin.services.application;
