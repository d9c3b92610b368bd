/**
 * JPA repositories of practice sessions and competency assessments ({@code prc_*}), its schema, the role-based
 * sign-off entitlement, and the rubrics' reader ({@code RubricReader}: {@code content/rubrics/}, file and line of
 * each problem) with their source ({@code ContentRubrics}: the content folder, else the copy bundled in the jar).
 */
package academy.anxin.practice.infrastructure;
