/** Credentials: application (see DESIGN.md). */
package academy.anxin.credentials.application;
