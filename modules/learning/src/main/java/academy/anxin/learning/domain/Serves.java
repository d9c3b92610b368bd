package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The tier or the endorsement a course (or micro-lesson) prepares for: exactly one of the two. Immutable. */
@Embeddable
public class Serves implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String TIER = "TIER";
    public static final String ENDORSEMENT = "ENDORSEMENT";

    @Column(name = "serves_kind")
    private String kind;

    @Column(name = "serves_code")
    private String code;

    protected Serves() {
        // for JPA
    }

    private Serves(String kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    public static Serves tier(Tier tier) {
        return new Serves(TIER, tier.name());
    }

    public static Serves endorsement(Endorsement endorsement) {
        return new Serves(ENDORSEMENT, endorsement.name());
    }

    public boolean isTier() {
        return TIER.equals(kind);
    }

    public String kind() {
        return kind;
    }

    /** "L1" or "DISABILITY". */
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Serves that && Objects.equals(kind, that.kind) && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }

    @Override
    public String toString() {
        return code;
    }
}
