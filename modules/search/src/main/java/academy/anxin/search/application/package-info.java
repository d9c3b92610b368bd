/**
 * Search over the curriculum for pages and the API ({@link academy.anxin.search.application.Search}), and over the
 * directory's organizations for services ({@link academy.anxin.search.application.ListingSearch}).
 */
package academy.anxin.search.application;
