package academy.anxin.kernel.domain;

/** Specialty endorsements a credential may carry on top of a tier. */
public enum Endorsement {
    DISABILITY, DISASTER, YOUTH, OLDER_ADULTS, BEREAVEMENT;

    /** Reads an endorsement code ("YOUTH"); {@code null} when it is not one. */
    public static Endorsement parse(String code) {
        for (Endorsement endorsement : values()) {
            if (endorsement.name().equals(code)) {
                return endorsement;
            }
        }
        return null;
    }
}
