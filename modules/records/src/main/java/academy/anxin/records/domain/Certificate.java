package academy.anxin.records.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A service record certificate (志愿服务记录证明) as issued: every fact it states is stored with it when it is issued
 * and never changed, so the public check page shows exactly what was printed. A newer certificate for the same
 * volunteer and organization supersedes it ({@code supersededBy}); nothing else about it ever changes.
 */
public record Certificate(CertificateNumber number, long organizationId, long personId, String volunteerName,
                          long volunteerNumber, LocalDate periodFrom, LocalDate periodTo, int serviceMinutes,
                          String serviceDescription, String organizationName, String responsiblePerson,
                          String contact, LocalDate issuedOn, Instant issuedAt, String issuedBy,
                          String supersededBy) implements java.io.Serializable {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_PERSON = 100;
    public static final int MAX_CONTACT = 200;

    public boolean isCurrent() {
        return supersededBy == null;
    }

    public String serviceHours() {
        return Hours.of(serviceMinutes);
    }
}
