package academy.anxin.records.domain;

import java.time.LocalDate;

/** A commendation an organization recorded for a volunteer (表彰奖励): when, why, and who recorded it. */
public record Commendation(long id, long organizationId, long personId, LocalDate date, String reason,
                           String recordedBy) implements java.io.Serializable {

    public static final int MAX_REASON = 500;
}
