/**
 * The assessment context's rules, plain Java so far: exam items as read from banks ({@link
 * academy.anxin.assessment.domain.BankItem}), blueprints, drawing an attempt, grading it, and item analysis.
 * Storage, attempts with autosave and deadlines, and pages come next (issue 5).
 */
package academy.anxin.assessment.domain;
