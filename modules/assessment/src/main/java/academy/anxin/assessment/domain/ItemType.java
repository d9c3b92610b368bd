package academy.anxin.assessment.domain;

/**
 * The kinds of exam item the platform grades. A scenario set is not a type of its own: it is items of these
 * types that share one vignette ({@link BankItem#scenarioId()}).
 */
public enum ItemType {
    /** One right option. */
    SINGLE,
    /** Every right option and no wrong one. */
    MULTIPLE,
    /** A statement judged true or false; options are [true, false]. */
    TRUE_FALSE,
    /** Options to put in order; the order given is the key. */
    ORDERING
}
