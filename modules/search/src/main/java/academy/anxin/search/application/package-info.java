/** Search over the curriculum for pages and the API: {@link academy.anxin.search.application.Search}. */
package academy.anxin.search.application;
