package academy.anxin.credentials.domain;

import academy.anxin.credentials.domain.StatusEvent.Kind;
import academy.anxin.kernel.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An issued tier or endorsement and its life, told by append-only {@link StatusEvent}s. It is issued for a
 * validity period; renewal, while active, starts a new period that runs on from the old end; 60 days before the
 * end a reminder is due, and at the end it is expired (the scheduled job records that, but the status follows from
 * the dates even before it does). An org admin may suspend an active credential and reinstate a suspended one; a
 * platform admin may revoke it at any time, and revocation is final. Suspension, reinstatement and revocation need
 * a reason.
 *
 * <p>The status at a moment is derived, in this order: revoked; expired (its period has ended, whether or not it
 * was suspended, since expiry ends it anyway); suspended; else active.
 */
public final class Credential {

    /** How long before the end the holder is reminded (issue 6); "expiring soon" means within this. */
    public static final Duration REMINDER_LEAD = Duration.ofDays(60);
    public static final int LONGEST_REASON = 500;
    public static final int LONGEST_ACTOR = 100;

    private final CredentialNumber number;
    private final long holderId;
    private final List<StatusEvent> events = new ArrayList<>();
    /** The number as printed, worked out once: every view of the credential shows it. */
    private String numberText;

    private Credential(CredentialNumber number, long holderId) {
        this.number = Objects.requireNonNull(number, "number");
        this.holderId = holderId;
    }

    /** Issues a credential valid for {@code validityMonths} from {@code at}. */
    public static Credential issue(CredentialNumber number, long holderId, int validityMonths, String actor,
                                   Instant at) {
        Credential credential = new Credential(number, holderId);
        credential.events.add(new StatusEvent(Kind.ISSUED, actor(actor), null, at,
                ValidityPeriod.starting(at, validityMonths)));
        return credential;
    }

    /**
     * Rebuilds a credential from its stored events, applying each through the same rules, so a history that the
     * rules would not have allowed is refused rather than believed.
     */
    public static Credential replay(CredentialNumber number, long holderId, List<StatusEvent> history) {
        if (history.isEmpty() || history.get(0).kind() != Kind.ISSUED) {
            throw new IllegalArgumentException(number + ": a history starts with its issuance");
        }
        StatusEvent first = history.get(0);
        Credential credential = new Credential(number, holderId);
        credential.events.add(first);
        for (StatusEvent event : history.subList(1, history.size())) {
            credential.apply(event);
        }
        return credential;
    }

    private void apply(StatusEvent event) {
        switch (event.kind()) {
            case ISSUED -> throw new IllegalArgumentException(number + " issued twice");
            case RENEWED -> renewUntil(event.actor(), event.reason(), event.at(), event.period());
            case EXPIRING_REMINDED -> remindOfExpiry(event.actor(), event.at());
            case EXPIRED -> expire(event.actor(), event.at());
            case SUSPENDED -> suspend(event.actor(), event.reason(), event.at());
            case REINSTATED -> reinstate(event.actor(), event.reason(), event.at());
            case REVOKED -> revoke(event.actor(), event.reason(), event.at());
        }
    }

    public CredentialNumber number() {
        return number;
    }

    /** {@code number().text()}, kept. */
    public String numberText() {
        String text = numberText;
        if (text == null) {
            text = number.text();
            numberText = text;
        }
        return text;
    }

    public CredentialKind kind() {
        return number.kind();
    }

    public long holderId() {
        return holderId;
    }

    public List<StatusEvent> events() {
        return List.copyOf(events);
    }

    public Instant issuedAt() {
        return events.get(0).at();
    }

    /** The validity period in force now (the latest issuance or renewal). */
    public ValidityPeriod period() {
        return periodAt(events.get(events.size() - 1).at());
    }

    /** The validity period in force at a moment (before issuance: the first one). */
    public ValidityPeriod periodAt(Instant at) {
        ValidityPeriod period = events.get(0).period();
        for (int i = 0; i < events.size(); i++) { // indexed: read for every credential in each match
            StatusEvent event = events.get(i);
            if (event.period() != null && !event.at().isAfter(at)) {
                period = event.period();
            }
        }
        return period;
    }

    /** The status at a moment; a moment before issuance is a mistake of the caller. */
    public CredentialStatus statusAt(Instant at) {
        if (at.isBefore(issuedAt())) {
            throw new IllegalArgumentException(number + " did not exist at " + at);
        }
        boolean suspended = false;
        for (int i = 0; i < events.size(); i++) {
            StatusEvent event = events.get(i);
            if (event.at().isAfter(at)) {
                break;
            }
            if (event.kind() == Kind.REVOKED) {
                return CredentialStatus.REVOKED;
            }
            if (event.kind() == Kind.SUSPENDED || event.kind() == Kind.REINSTATED) {
                suspended = event.kind() == Kind.SUSPENDED;
            }
        }
        if (!at.isBefore(periodAt(at).until())) {
            return CredentialStatus.EXPIRED;
        }
        return suspended ? CredentialStatus.SUSPENDED : CredentialStatus.ACTIVE;
    }

    /** Active and within {@link #REMINDER_LEAD} of its end: still valid, but its holder should renew. */
    public boolean expiringSoon(Instant now) {
        return statusAt(now) == CredentialStatus.ACTIVE
                && !now.isBefore(periodAt(now).until().minus(REMINDER_LEAD));
    }

    /** Expiring soon and not yet reminded in this validity period. */
    public boolean reminderDue(Instant now) {
        return expiringSoon(now) && !happenedInPeriod(Kind.EXPIRING_REMINDED, now);
    }

    /** Expired by its dates, and the expiry not yet recorded. */
    public boolean expiryDue(Instant now) {
        return statusAt(now) == CredentialStatus.EXPIRED && !happenedInPeriod(Kind.EXPIRED, now);
    }

    /** What prerequisite checks see of this credential at a moment. */
    public Evidence.HeldCredential asHeld(Instant now) {
        return new Evidence.HeldCredential(kind(), statusAt(now), issuedAt(), periodAt(now).until());
    }

    /** Starts a new validity period, from now until {@code validityMonths} after the current end. */
    public StatusEvent renew(String actor, int validityMonths, Instant at) {
        return renewUntil(actor, null, at,
                new ValidityPeriod(at, ValidityPeriod.plusMonths(periodAt(at).until(), validityMonths)));
    }

    private StatusEvent renewUntil(String actor, String note, Instant at, ValidityPeriod period) {
        requireStatus(at, CredentialStatus.ACTIVE);
        if (!period.from().equals(at) || !period.until().isAfter(periodAt(at).until())) {
            throw new IllegalArgumentException(number + ": a renewal starts now and ends after the current period");
        }
        return append(new StatusEvent(Kind.RENEWED, actor(actor), optionalReason(note), at, period));
    }

    /** Records that the holder was reminded of the coming end; once per period. */
    public StatusEvent remindOfExpiry(String actor, Instant at) {
        refuseIfRevoked(at);
        if (!reminderDue(at)) {
            throw new DomainException(null, "credential.reminder.notDue", number.text());
        }
        return append(new StatusEvent(Kind.EXPIRING_REMINDED, actor(actor), null, at, null));
    }

    /** Records the expiry that the dates already imply; once per period. */
    public StatusEvent expire(String actor, Instant at) {
        refuseIfRevoked(at);
        if (!expiryDue(at)) {
            throw new DomainException(null, "credential.expiry.notDue", number.text());
        }
        return append(new StatusEvent(Kind.EXPIRED, actor(actor), null, at, null));
    }

    public StatusEvent suspend(String actor, String reason, Instant at) {
        requireStatus(at, CredentialStatus.ACTIVE);
        return append(new StatusEvent(Kind.SUSPENDED, actor(actor), reason(reason), at, null));
    }

    public StatusEvent reinstate(String actor, String reason, Instant at) {
        requireStatus(at, CredentialStatus.SUSPENDED);
        return append(new StatusEvent(Kind.REINSTATED, actor(actor), reason(reason), at, null));
    }

    /** Revokes the credential whatever its status, except when already revoked: revocation is final. */
    public StatusEvent revoke(String actor, String reason, Instant at) {
        refuseIfRevoked(at);
        return append(new StatusEvent(Kind.REVOKED, actor(actor), reason(reason), at, null));
    }

    /** Refuses, as a suspension would, unless the credential is active at {@code at}. */
    void requireActive(Instant at) {
        requireStatus(at, CredentialStatus.ACTIVE);
    }

    private void requireStatus(Instant at, CredentialStatus wanted) {
        refuseIfRevoked(at);
        CredentialStatus status = statusAt(notBeforeLast(at));
        if (status == wanted) {
            return;
        }
        throw new DomainException(null, switch (status) {
            case EXPIRED -> "credential.expired";
            case SUSPENDED -> wanted == CredentialStatus.ACTIVE ? "credential.suspended" : "credential.notSuspended";
            case ACTIVE -> "credential.notSuspended";
            case REVOKED -> "credential.revoked";
        }, number.text());
    }

    private void refuseIfRevoked(Instant at) {
        if (statusAt(notBeforeLast(at)) == CredentialStatus.REVOKED) {
            throw new DomainException(null, "credential.revoked", number.text());
        }
    }

    /** Events are appended in time order; a step dated before the last one is refused. */
    private Instant notBeforeLast(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(events.get(events.size() - 1).at())) {
            throw new DomainException(null, "credential.event.outOfOrder", number.text());
        }
        return at;
    }

    private boolean happenedInPeriod(Kind kind, Instant now) {
        Instant from = periodAt(now).from();
        return events.stream().anyMatch(e -> e.kind() == kind && !e.at().isBefore(from) && !e.at().isAfter(now));
    }

    private StatusEvent append(StatusEvent event) {
        events.add(event);
        return event;
    }

    static String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new DomainException("actor", "credential.field.required");
        }
        if (actor.strip().length() > LONGEST_ACTOR) {
            throw new DomainException("actor", "credential.field.tooLong", LONGEST_ACTOR);
        }
        return actor.strip();
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "credential.reason.required");
        }
        return optionalReason(reason);
    }

    private static String optionalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String stripped = reason.strip();
        if (stripped.codePointCount(0, stripped.length()) > LONGEST_REASON) {
            throw new DomainException("reason", "credential.field.tooLong", LONGEST_REASON);
        }
        return stripped;
    }
}
