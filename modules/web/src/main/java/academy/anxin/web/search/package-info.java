/** The search box on every page (with title completion) and the results page with facets. */
package academy.anxin.web.search;
