package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Validation;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A claim that a person holds an outside qualification (a licensed counselor, a psychiatric nurse, years on
 * another hotline) and the platform's decision on it. An org admin submits it with a description and a reference
 * to the document they saw; a platform admin, never the same person, approves it as satisfying named issuance
 * requirements or rejects it with a reason. Approved, it becomes {@link Evidence.Recognition}. This is how the
 * first supervisors of a new organization can exist before anyone on the platform could have held L3 for a year.
 *
 * <p>Only issuance requirements can be recognized: renewal asks for what was done in the period, which an outside
 * qualification cannot show.
 */
public final class PriorQualification {

    public static final int LONGEST_QUALIFICATION = 200;
    public static final int LONGEST_DESCRIPTION = 2000;
    public static final int LONGEST_DOCUMENT = 500;
    public static final int LONGEST_ACTOR = 100;

    public enum Decision {
        SUBMITTED, APPROVED, REJECTED
    }

    private final long personId;
    private final String qualification;
    private final String description;
    private final String documentReference;
    private final String submittedBy;
    private final Instant submittedAt;
    private Decision decision = Decision.SUBMITTED;
    private Set<RequirementId> satisfies = Set.of();
    private String decidedBy;
    private String decisionNote;
    private Instant decidedAt;

    private PriorQualification(long personId, String qualification, String description, String documentReference,
                               String submittedBy, Instant submittedAt) {
        this.personId = personId;
        this.qualification = qualification;
        this.description = description;
        this.documentReference = documentReference;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** An org admin's submission; every text field is checked and all refusals are reported together. */
    public static PriorQualification submit(long personId, String qualification, String description,
                                            String documentReference, String submittedBy, Instant at) {
        Validation check = new Validation();
        String name = check.field(() -> text("qualification", qualification, LONGEST_QUALIFICATION));
        String what = check.field(() -> text("description", description, LONGEST_DESCRIPTION));
        String document = check.field(() -> text("documentReference", documentReference, LONGEST_DOCUMENT));
        String actor = check.field(() -> text("actor", submittedBy, LONGEST_ACTOR));
        check.throwIfAny();
        return new PriorQualification(personId, name, what, document, actor, Objects.requireNonNull(at, "at"));
    }

    /**
     * A platform admin approves the claim as satisfying these requirements, each of which must exist in the rules
     * and be an issuance requirement. The submitter cannot approve their own claim.
     */
    public void approve(String admin, Set<RequirementId> requirements, CredentialRules rules, String note,
                        Instant at) {
        String actor = decider(admin, at);
        if (requirements == null || requirements.isEmpty()) {
            throw new DomainException("requirements", "credential.recognition.noRequirements");
        }
        for (RequirementId id : requirements) {
            Optional<Requirement> requirement = rules.requirement(id);
            if (requirement.isEmpty()) {
                throw new DomainException("requirements", "credential.recognition.unknownRequirement", id.toString());
            }
            if (!requirement.get().recognizable()) {
                throw new DomainException("requirements", "credential.recognition.notRecognizable", id.toString());
            }
        }
        decide(Decision.APPROVED, actor, optional(note), at);
        satisfies = Set.copyOf(new LinkedHashSet<>(requirements));
    }

    /** A platform admin rejects the claim; the reason goes back to the org admin. */
    public void reject(String admin, String reason, Instant at) {
        String actor = decider(admin, at);
        decide(Decision.REJECTED, actor, text("reason", reason, Credential.LONGEST_REASON), at);
    }

    /** The recognition that eligibility counts, once approved. */
    public Optional<Evidence.Recognition> asEvidence() {
        return decision == Decision.APPROVED
                ? Optional.of(new Evidence.Recognition(qualification, satisfies, decidedAt))
                : Optional.empty();
    }

    private String decider(String admin, Instant at) {
        if (decision != Decision.SUBMITTED) {
            throw new DomainException(null, "credential.recognition.decided");
        }
        String actor = text("actor", admin, LONGEST_ACTOR);
        if (actor.equals(submittedBy)) {
            throw new DomainException(null, "credential.recognition.ownSubmission");
        }
        if (at.isBefore(submittedAt)) {
            throw new DomainException(null, "credential.event.outOfOrder", qualification);
        }
        return actor;
    }

    private void decide(Decision decision, String actor, String note, Instant at) {
        this.decision = decision;
        this.decidedBy = actor;
        this.decisionNote = note;
        this.decidedAt = at;
    }

    private static String text(String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field, "credential.field.required");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > longest) {
            throw new DomainException(field, "credential.field.tooLong", longest);
        }
        return stripped;
    }

    private static String optional(String note) {
        return note == null || note.isBlank() ? null : text("note", note, Credential.LONGEST_REASON);
    }

    public long personId() {
        return personId;
    }

    public String qualification() {
        return qualification;
    }

    public String description() {
        return description;
    }

    public String documentReference() {
        return documentReference;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Decision decision() {
        return decision;
    }

    public Set<RequirementId> satisfies() {
        return satisfies;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
