/**
 * The machine addresses fixed by convention outside {@code /api} (RFC 8615 well-known URIs): the JWK Set with the
 * keys that sign credentials and status lists.
 */
package academy.anxin.api.wellknown;
