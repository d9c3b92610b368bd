package academy.anxin.records.domain;

import java.time.LocalDate;

/**
 * A record's personal basics (基本信息): the name the volunteer chose, their volunteer number in the organization
 * (the membership's number, as its members page shows it) and since when they serve there. The platform collects no
 * identity-card number, so none is shown, masked or otherwise.
 */
public record Basics(String name, long volunteerNumber, long organizationId, String organizationZh,
                     String organizationEn, LocalDate memberSince) implements java.io.Serializable {
}
