package academy.anxin.kernel.domain;

/**
 * The credential tiers, lowest first. Shared vocabulary: courses, exams and practice requirements all serve a
 * tier, and the credentials context issues them.
 */
public enum Tier {
    L1, L2, L3, L4;

    /** Reads a tier code ("L2"); {@code null} when it is not one. */
    public static Tier parse(String code) {
        for (Tier tier : values()) {
            if (tier.name().equals(code)) {
                return tier;
            }
        }
        return null;
    }
}
