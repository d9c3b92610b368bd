package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.util.Objects;

/**
 * What a credential certifies: a tier or an endorsement, never both. Tier and endorsement are the kernel's shared
 * vocabulary ({@link Tier} is ordered, lowest first), so that courses, exams and credentials mean the same thing.
 */
public record CredentialKind(Tier tier, Endorsement endorsement) implements java.io.Serializable {

    public CredentialKind {
        if ((tier == null) == (endorsement == null)) {
            throw new IllegalArgumentException("a credential kind is a tier or an endorsement");
        }
    }

    public static CredentialKind of(Tier tier) {
        return new CredentialKind(Objects.requireNonNull(tier, "tier"), null);
    }

    public static CredentialKind of(Endorsement endorsement) {
        return new CredentialKind(null, Objects.requireNonNull(endorsement, "endorsement"));
    }

    /** Reads "L2" or "DISABILITY"; {@code null} when the code is neither. */
    public static CredentialKind parse(String code) {
        Tier tier = Tier.parse(code);
        if (tier != null) {
            return of(tier);
        }
        Endorsement endorsement = Endorsement.parse(code);
        return endorsement == null ? null : of(endorsement);
    }

    public boolean isTier() {
        return tier != null;
    }

    /** "L2" or "DISABILITY": the code used in content files, numbers and the API. */
    public String code() {
        return isTier() ? tier.name() : endorsement.name();
    }

    /*
     * By hand: kinds are map keys in every credential's view (rules, number segments), and a record's generated
     * equals and hashCode go through method handles, which was a measurable part of a match over 5,000 members.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CredentialKind kind && kind.tier == tier && kind.endorsement == endorsement;
    }

    @Override
    public int hashCode() {
        return tier != null ? tier.ordinal() : 16 + endorsement.ordinal();
    }

    @Override
    public String toString() {
        return code();
    }
}
