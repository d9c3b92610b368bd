package academy.anxin.practice.application;

import academy.anxin.practice.domain.PracticeSession;
import academy.anxin.practice.domain.SessionDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A practice session for a page: its details, status and decision, with the people named. */
public record SessionView(long id, long version, long volunteerId, String volunteerName, long organizationId,
                          long supervisorId, String supervisorName, LocalDate date, LocalTime start, int minutes,
                          String modality, String population, String riskLevel, String reflection, String status,
                          Long reversalOf, String reversalReason, String decisionComment, Instant decidedAt,
                          boolean decisionSeen) implements java.io.Serializable {

    static SessionView of(PracticeSession s, String volunteerName, String supervisorName) {
        SessionDetails d = s.details();
        return new SessionView(s.id(), s.version(), s.volunteerId(), volunteerName, s.organizationId(),
                s.supervisorId(), supervisorName, d.date(), d.start(), s.minutes(), d.modality().name(),
                d.population().name(), d.riskLevel().name(), d.reflection(), s.status().name(), s.reversalOf(),
                s.reversalReason(), s.decisionComment(), s.decidedAt(), s.isDecisionSeen());
    }

    public boolean editable() {
        return ("DRAFT".equals(status) || "RETURNED".equals(status)) && reversalOf == null;
    }

    public boolean reversible() {
        return "APPROVED".equals(status) && reversalOf == null;
    }
}
