package academy.anxin.credentials.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Claims of prior qualifications, as submitted and as decided. */
public interface RecognitionClaims {

    /** Files a submitted claim; returns its id. */
    long add(long personId, long organizationId, String qualification, String description, String documentReference,
             String submittedBy, Instant at);

    /** Records a decision once: false when the claim was already decided. */
    boolean decide(long id, PriorQualification.Decision decision, String decidedBy, Instant at,
                   Set<RequirementId> satisfies, String note);

    Optional<RecognitionClaim> byId(long id);

    /** A person's claims, oldest first. */
    List<RecognitionClaim> ofPerson(long personId);

    /** Claims waiting for a decision, oldest first. */
    List<RecognitionClaim> pending();

    /** An organization's claims, newest first. */
    List<RecognitionClaim> ofOrganization(long organizationId);
}
