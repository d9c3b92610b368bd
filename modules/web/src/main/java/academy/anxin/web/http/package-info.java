/**
 * The web module's HTTP answers that are not a page's content: files sent to a logged-in person's browser (exports,
 * course media) from servlets that extend {@link academy.anxin.web.http.FileServlet}, written in one way by
 * {@link academy.anxin.web.http.Download}; and the error status a page answers instead of itself
 * ({@link academy.anxin.web.http.ErrorPage}).
 */
package academy.anxin.web.http;
