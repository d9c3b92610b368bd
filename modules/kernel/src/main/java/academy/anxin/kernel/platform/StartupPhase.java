package academy.anxin.kernel.platform;

/**
 * The order of start-up work, once every context's schema is current ({@link SchemaMigrated}). Observers name
 * their phase in {@code @Observes @Priority(StartupPhase.X)}; lower runs first. Constants rather than an enum
 * because {@code @Priority} takes a compile-time int. The gaps leave room for a phase between two others.
 */
public final class StartupPhase {

    /** The first platform admin exists before anything else may need a person to act as. */
    public static final int PLATFORM_ADMIN = 100;

    /** The curriculum (courses, micro-lessons) is imported from the content folder. */
    public static final int CURRICULUM = 500;

    /** Exam banks are imported after the curriculum, because an exam may require courses. */
    public static final int EXAM_BANKS = 550;

    /** The search index is built from what the imports stored. */
    public static final int SEARCH_INDEX = 800;

    /** Records' region summaries, built from the ledgers at the first start that finds none. */
    public static final int REGION_SUMMARIES = 900;

    /** Demonstration data, last: it goes through every other context's real flows. */
    public static final int DEMO = 1000;

    /** A signed checkpoint of the audit trail, after everything the start itself recorded (imports, demo). */
    public static final int AUDIT_ANCHOR = 1100;

    private StartupPhase() {
    }
}
