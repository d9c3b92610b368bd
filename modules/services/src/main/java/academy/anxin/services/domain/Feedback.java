package academy.anxin.services.domain;

import academy.anxin.kernel.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One answer received for an organization: the answer, the day it came (a day, not a moment: a time of day could
 * be matched with a call log and name the caller), and whether the organization hid its comment as abusive, by
 * whom, when and why. Hiding hides the comment only: the ratings still count, so an organization cannot improve
 * its figures by hiding what it dislikes. A hidden comment stays hidden.
 */
public final class Feedback {

    public static final int REASON_LENGTH = 500;

    private Long id;
    private final long organizationId;
    private final FeedbackAnswer answer;
    private final LocalDate receivedOn;
    private Instant hiddenAt;
    private String hiddenBy;
    private String hiddenReason;

    public Feedback(Long id, long organizationId, FeedbackAnswer answer, LocalDate receivedOn, Instant hiddenAt,
                    String hiddenBy, String hiddenReason) {
        this.id = id;
        this.organizationId = organizationId;
        this.answer = answer;
        this.receivedOn = receivedOn;
        this.hiddenAt = hiddenAt;
        this.hiddenBy = hiddenBy;
        this.hiddenReason = hiddenReason;
    }

    public static Feedback received(long organizationId, FeedbackAnswer answer, LocalDate on) {
        return new Feedback(null, organizationId, answer, on, null, null, null);
    }

    /** Hides the comment as abusive; the reason is required (it is shown to the organization and audited). */
    public void hideComment(String reason, String by, Instant at) {
        if (answer.comment() == null) {
            throw new DomainException("serviceFeedback.noComment");
        }
        if (isHidden()) {
            throw new DomainException("serviceFeedback.alreadyHidden");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("reason", "serviceFeedback.hide.reasonRequired");
        }
        if (why.codePointCount(0, why.length()) > REASON_LENGTH) {
            throw new DomainException("reason", "serviceFeedback.hide.reasonTooLong", REASON_LENGTH);
        }
        hiddenAt = at;
        hiddenBy = by;
        hiddenReason = why;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Long id() {
        return id;
    }

    public void stored(long newId) {
        this.id = newId;
    }

    public long organizationId() {
        return organizationId;
    }

    public FeedbackAnswer answer() {
        return answer;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenBy() {
        return hiddenBy;
    }

    public String hiddenReason() {
        return hiddenReason;
    }
}
