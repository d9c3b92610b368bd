package academy.anxin.practice.domain;

/**
 * Where a practice session stands. DRAFT and RETURNED may be edited by the volunteer; SUBMITTED waits for the
 * supervisor; APPROVED (in the ledger, never changed again) and REJECTED are final.
 */
public enum SessionStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, REJECTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
