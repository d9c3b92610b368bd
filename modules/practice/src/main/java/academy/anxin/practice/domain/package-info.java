/**
 * The practice context's model: {@link academy.anxin.practice.domain.PracticeSession} is the aggregate (logged,
 * signed off, reversed), {@link academy.anxin.practice.domain.PracticeTotals} the sums of its ledger, and
 * {@link academy.anxin.practice.domain.SupervisionEntitlement} the port through which a higher context says who
 * may sign. A {@link academy.anxin.practice.domain.CompetencyAssessment} is a supervisor's scores of an observed
 * role-play, live call or supervision session on a {@link academy.anxin.practice.domain.Rubric}, whose pass rule
 * decides the outcome; it never changes once recorded. kernel's
 * {@link academy.anxin.kernel.domain.IdentifyingDetails} keeps clients unidentifiable in reflections and comments.
 */
package academy.anxin.practice.domain;
