/** JPA repository of practice sessions ({@code prc_*}), its schema, and the role-based sign-off entitlement. */
package academy.anxin.practice.infrastructure;
