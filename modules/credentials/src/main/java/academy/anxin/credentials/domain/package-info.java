/** Credentials: domain (see DESIGN.md). */
package academy.anxin.credentials.domain;
