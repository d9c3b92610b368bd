/**
 * Identity's adapters: JPA repositories over the {@code idn_} tables and the API keys' store in plain SQL, PBKDF2
 * password hashing from Jakarta Security, the identity store that container login calls, and the context's schema
 * registration.
 */
package academy.anxin.identity.infrastructure;
