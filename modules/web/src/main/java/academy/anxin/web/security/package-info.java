/**
 * Who is calling and what they may open: the form login over the HTTP session ({@code SessionFormMechanism}),
 * its two platform-wide groups ({@code SecurityConfiguration}), response headers, the caller from the principal
 * ({@code Callers}, {@code CurrentUser}), and loading what a page shows or answering 403 ({@code PageAccess}).
 * Pages still ask the application services, which check every action again.
 */
package academy.anxin.web.security;
