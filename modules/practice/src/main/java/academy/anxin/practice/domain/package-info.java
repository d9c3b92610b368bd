/**
 * The practice context's model: {@link academy.anxin.practice.domain.PracticeSession} is the aggregate (logged,
 * signed off, reversed), {@link academy.anxin.practice.domain.PracticeTotals} the sums of its ledger, and
 * {@link academy.anxin.practice.domain.SupervisionEntitlement} the port through which a higher context says who
 * may sign. kernel's {@link academy.anxin.kernel.domain.IdentifyingDetails} keeps clients unidentifiable in reflections.
 */
package academy.anxin.practice.domain;
