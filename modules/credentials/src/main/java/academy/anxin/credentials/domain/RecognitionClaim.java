package academy.anxin.credentials.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A claim of a prior qualification as filed: whom it is about, in which organization, what was submitted and by
 * whom, and the platform's decision on it once there is one ({@code satisfies} only when approved, {@code note} the
 * approval's note or the rejection's reason).
 */
public record RecognitionClaim(long id, long personId, long organizationId, String qualification, String description,
                               String documentReference, String submittedBy, Instant submittedAt,
                               PriorQualification.Decision decision, String decidedBy, Instant decidedAt,
                               Set<RequirementId> satisfies, String note) implements java.io.Serializable {

    public RecognitionClaim {
        // in the order the decision named them
        satisfies = Collections.unmodifiableSet(new LinkedHashSet<>(satisfies));
    }

    public boolean isApproved() {
        return decision == PriorQualification.Decision.APPROVED;
    }

    /** What eligibility counts of an approved claim. */
    public Evidence.Recognition asEvidence() {
        return new Evidence.Recognition(qualification, satisfies, decidedAt);
    }
}
