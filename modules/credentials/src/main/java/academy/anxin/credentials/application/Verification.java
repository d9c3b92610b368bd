package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CaseCheck;
import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.VerificationCall;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "May this volunteer take this case?" for a case-assignment service holding an organization's API key. The
 * volunteer is named by a credential number, or by a member id within the key's organization; the answer says
 * allowed or not, why, and which credentials decided it with what they say. Nothing else about the person is
 * disclosed. Every call is recorded.
 */
@ApplicationScoped
public class Verification {

    @Inject
    CredentialRegistry registry;

    @Inject
    OrganizationService organizations;

    @Inject
    VerificationAudit audit;

    @Inject
    CaseRulesInForce caseRules;

    @Inject
    Clock clock;

    /** Who the call is about: a credential number, or a member id in the key's organization. */
    public record Volunteer(String credentialNumber, Long memberId) {
    }

    public record Answer(boolean allowed, List<String> reasons, List<CredentialView> credentials, Instant checkedAt) {

        public Answer {
            reasons = List.copyOf(reasons);
            credentials = List.copyOf(credentials);
        }
    }

    /** Thrown when the volunteer cannot be found: the API answers 404. */
    public static final class UnknownVolunteer extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnknownVolunteer() {
            super("unknown volunteer", null, false, false);
        }
    }

    public Answer verify(ApiClient client, Volunteer volunteer, CaseRequirement requirement, String asked) {
        Instant now = clock.instant();
        try {
            long holder = holder(client, volunteer);
            // as this key's organization sees them: its own suspensions count here, and only here
            List<CredentialView> held = registry.standingFor(client.organizationId(), holder);
            CaseCheck.Decision decision = CaseCheck.decide(caseRules.rules(), requirement, held.stream()
                    .map(c -> new CaseCheck.Held(c.number(), c.kind(), c.status())).toList());
            List<CredentialView> deciding = held.stream().filter(c -> decision.decidedBy().contains(c.number())).toList();
            audit.record(new VerificationCall(client.keyId(), asked, decision.allowed(),
                    decision.allowed() ? "ALLOWED" : "DENIED", String.join(",", decision.decidedBy()), now));
            return new Answer(decision.allowed(), decision.reasons(), deciding, now);
        } catch (UnknownVolunteer | DomainException unknown) {
            audit.record(new VerificationCall(client.keyId(), asked, null, "UNKNOWN", null, now));
            throw unknown;
        }
    }

    private long holder(ApiClient client, Volunteer volunteer) {
        if (volunteer.credentialNumber() != null) {
            return registry.holderOf(CredentialNumber.parse(volunteer.credentialNumber()).text())
                    .orElseThrow(UnknownVolunteer::new);
        }
        Optional<Long> person = organizations.personOfMember(client.organizationId(), volunteer.memberId());
        return person.orElseThrow(UnknownVolunteer::new);
    }

    /** Records a call refused before it was decided (bad key, malformed body, over the rate). */
    public void refused(long keyId, String asked, String outcome) {
        audit.record(new VerificationCall(keyId, asked, null, outcome, null, clock.instant()));
    }
}
