/** Credentials: infrastructure (see DESIGN.md). */
package academy.anxin.credentials.infrastructure;
