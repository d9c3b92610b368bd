package academy.anxin.records.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The issued certificates ({@code rec_certificate}): added, superseded, never edited. */
public interface Certificates {

    /** The next free serial of a year (numbers are unique by year and serial; a race fails, never duplicates). */
    long nextSerial(int year);

    void add(Certificate certificate);

    /** Marks the volunteer's current certificates from this organization as superseded by {@code by}; their numbers. */
    List<String> supersede(long organizationId, long personId, String by, Instant at);

    Optional<Certificate> byNumber(CertificateNumber number);

    /** A volunteer's certificates from an organization, newest first. */
    List<Certificate> of(long organizationId, long personId);
}
