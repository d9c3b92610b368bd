/**
 * Identity's adapters: JPA repositories over the {@code idn_} tables, PBKDF2 password hashing from Jakarta
 * Security, the identity store that container login calls, and the context's schema registration.
 */
package academy.anxin.identity.infrastructure;
