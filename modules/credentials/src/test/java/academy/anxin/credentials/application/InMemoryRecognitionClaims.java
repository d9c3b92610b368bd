package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.PriorQualification;
import academy.anxin.credentials.domain.RecognitionClaim;
import academy.anxin.credentials.domain.RecognitionClaims;
import academy.anxin.credentials.domain.RequirementId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Claims of prior qualifications held in memory, decided at most once as the store does. */
final class InMemoryRecognitionClaims implements RecognitionClaims {

    private final List<RecognitionClaim> claims = new ArrayList<>();

    @Override
    public long add(long personId, long organizationId, String qualification, String description,
                    String documentReference, String submittedBy, Instant at) {
        long id = claims.size() + 1;
        claims.add(new RecognitionClaim(id, personId, organizationId, qualification, description, documentReference,
                submittedBy, at, PriorQualification.Decision.SUBMITTED, null, null, Set.of(), null));
        return id;
    }

    @Override
    public boolean decide(long id, PriorQualification.Decision decision, String decidedBy, Instant at,
                          Set<RequirementId> satisfies, String note) {
        RecognitionClaim claim = claims.get((int) id - 1);
        if (claim.decision() != PriorQualification.Decision.SUBMITTED) {
            return false;
        }
        claims.set((int) id - 1, new RecognitionClaim(id, claim.personId(), claim.organizationId(),
                claim.qualification(), claim.description(), claim.documentReference(), claim.submittedBy(),
                claim.submittedAt(), decision, decidedBy, at, satisfies, note));
        return true;
    }

    @Override
    public Optional<RecognitionClaim> byId(long id) {
        return claims.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public List<RecognitionClaim> ofPerson(long personId) {
        return claims.stream().filter(c -> c.personId() == personId).toList();
    }

    @Override
    public List<RecognitionClaim> pending() {
        return claims.stream().filter(c -> c.decision() == PriorQualification.Decision.SUBMITTED).toList();
    }

    @Override
    public List<RecognitionClaim> ofOrganization(long organizationId) {
        List<RecognitionClaim> newestFirst = new ArrayList<>(claims.stream()
                .filter(c -> c.organizationId() == organizationId).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
