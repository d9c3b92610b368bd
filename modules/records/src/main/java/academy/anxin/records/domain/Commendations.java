package academy.anxin.records.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Commendations organizations recorded ({@code rec_commendation}). */
public interface Commendations {

    long add(long organizationId, long personId, LocalDate date, String reason, String recordedBy, Instant at);

    /** A volunteer's commendations from one organization, oldest first. */
    List<Commendation> of(long organizationId, long personId);
}
