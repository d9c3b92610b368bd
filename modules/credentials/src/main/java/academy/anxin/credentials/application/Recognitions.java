package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.PriorQualification;
import academy.anxin.credentials.domain.RecognitionClaim;
import academy.anxin.credentials.domain.RecognitionClaims;
import academy.anxin.credentials.domain.Requirement;
import academy.anxin.credentials.domain.RequirementId;
import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognition of prior qualifications, so that an organization's first supervisors can exist: its admin submits
 * evidence that a member holds an outside qualification (a licensed counsellor, say); a platform admin approves it
 * as meeting named requirements, or rejects it with a reason. An approval is weighed for issuance at once.
 */
@ApplicationScoped
public class Recognitions {

    @Inject
    RecognitionClaims store;

    @Inject
    TierRules tierRules;

    @Inject
    OrganizationService organizations;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RecognitionApproved> approved;

    @Inject
    Clock clock;

    /** Published once an approval is stored, so that issuance weighs the person's evidence again. */
    public record RecognitionApproved(long personId) {
    }

    @Transactional
    public long submit(Caller caller, long organizationId, long personId, String qualification, String description,
                       String documentReference) {
        if (!organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN)
                || organizations.joinedAt(personId, organizationId).isEmpty()) {
            throw new AccessDenied();
        }
        Instant now = clock.instant();
        PriorQualification.submit(personId, qualification, description, documentReference,
                caller.actor(), now);
        long id = store.add(personId, organizationId, qualification.strip(), description.strip(),
                documentReference.strip(), caller.actor(), now);
        audit.record(new AuditRecord(caller.actor(), "RECOGNITION_SUBMITTED", "person:" + personId,
                "organization:" + organizationId + ": " + qualification,
                caller.address()));
        return id;
    }

    @Transactional
    public List<RecognitionClaim> pending(Caller caller) {
        requirePlatformAdmin(caller);
        return store.pending();
    }

    @Transactional
    public List<RecognitionClaim> ofOrganization(Caller caller, long organizationId) {
        if (!organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN)) {
            throw new AccessDenied();
        }
        return store.ofOrganization(organizationId);
    }

    /** Every requirement a recognition may satisfy, for the admin's choice. */
    public List<RequirementId> recognizable() {
        List<RequirementId> ids = new ArrayList<>();
        for (CredentialRule rule : tierRules.rules().all()) {
            for (Requirement requirement : rule.requirements()) {
                if (requirement.recognizable()) {
                    ids.add(rule.idOf(requirement));
                }
            }
        }
        return ids;
    }

    @Transactional
    public void approve(Caller caller, long id, Set<RequirementId> satisfies, String note) {
        requirePlatformAdmin(caller);
        RecognitionClaim row = store.byId(id).orElseThrow(() -> new DomainException(null,
                "credential.recognition.unknown"));
        Instant now = clock.instant();
        PriorQualification claim = restore(row);
        claim.approve(caller.actor(), satisfies, tierRules.rules(), note, now);
        if (!store.decide(id, PriorQualification.Decision.APPROVED, caller.actor(), now, satisfies, note)) {
            throw new DomainException(null, "credential.recognition.decided");
        }
        audit.record(new AuditRecord(caller.actor(), "RECOGNITION_APPROVED", "person:" + row.personId(),
                row.qualification() + " meets " + satisfies, caller.address()));
        approved.fire(new RecognitionApproved(row.personId()));
    }

    @Transactional
    public void reject(Caller caller, long id, String reason) {
        requirePlatformAdmin(caller);
        RecognitionClaim row = store.byId(id).orElseThrow(() -> new DomainException(null,
                "credential.recognition.unknown"));
        Instant now = clock.instant();
        restore(row).reject(caller.actor(), reason, now);
        if (!store.decide(id, PriorQualification.Decision.REJECTED, caller.actor(), now, Set.of(), reason)) {
            throw new DomainException(null, "credential.recognition.decided");
        }
        audit.record(new AuditRecord(caller.actor(), "RECOGNITION_REJECTED", "person:" + row.personId(),
                row.qualification() + ": " + reason, caller.address()));
    }

    private static PriorQualification restore(RecognitionClaim row) {
        if (row.decision() != PriorQualification.Decision.SUBMITTED) {
            throw new DomainException(null, "credential.recognition.decided");
        }
        return PriorQualification.submit(row.personId(), row.qualification(), row.description(),
                row.documentReference(), row.submittedBy(), row.submittedAt());
    }

    private void requirePlatformAdmin(Caller caller) {
        if (!accounts.account(caller).platformAdmin()) {
            throw new AccessDenied();
        }
    }
}
