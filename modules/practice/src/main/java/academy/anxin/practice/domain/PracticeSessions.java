package academy.anxin.practice.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ledger of practice sessions. */
public interface PracticeSessions {

    Optional<PracticeSession> byId(long id);

    /** A volunteer's sessions, newest first. */
    List<PracticeSession> ofVolunteer(long volunteerId);

    /** A volunteer's sessions on days from {@code from} to {@code to}, to look for overlaps. */
    List<PracticeSession> ofVolunteerBetween(long volunteerId, LocalDate from, LocalDate to);

    /** Sessions waiting for sign-off in these organizations, oldest first. */
    List<PracticeSession> pendingIn(Collection<Long> organizationIds);

    /** A volunteer's sessions in one organization. */
    List<PracticeSession> ofVolunteerIn(long volunteerId, long organizationId);

    /**
     * Where the reversal of a session stands, if one was asked for (one at most: a rejected request is final, and
     * the original keeps counting).
     */
    Optional<SessionStatus> reversalStatus(long sessionId);

    /** Per organization among those given: how many sessions wait for sign-off, and since when the oldest. */
    java.util.Map<Long, Waiting> waitingIn(Collection<Long> organizationIds);

    /**
     * The approved ledger summed per organization, month of approval (China time, "YYYY-MM") and modality:
     * minutes (reversals netted out) and sessions. A full read of the ledger, for rebuilding summaries.
     */
    List<ApprovedMonth> approvedByOrganizationMonth();

    record Waiting(long sessions, java.time.Instant oldestSubmittedAt) {
    }

    record ApprovedMonth(long organizationId, String month, Modality modality, long minutes, long sessions) {
    }

    PracticeSession add(PracticeSession session);

    /** Writes pending changes now, so that a concurrent decision is detected inside the use case. */
    void flush();

    /** Approved minutes (reversals netted) of one organization's sessions serving one population, by volunteer. */
    List<ApprovedSum> approvedIn(long organizationId, Population population);

    /** A sum of approved minutes for one volunteer, risk level and modality. */
    record ApprovedSum(long volunteerId, RiskLevel riskLevel, Modality modality, long minutes) {
    }
}
