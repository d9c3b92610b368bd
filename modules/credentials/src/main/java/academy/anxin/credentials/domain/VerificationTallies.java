package academy.anxin.credentials.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Counts of the verification API's calls for reports, one indexed aggregate query. */
public interface VerificationTallies {

    /**
     * Per API key and day (China Standard Time), the calls these keys made in the period ({@code null} ends are
     * open): allowed, refused, and answered with neither (a request the API could not decide, e.g. malformed).
     */
    List<Day> perDay(Collection<Long> apiKeyIds, Instant from, Instant until);

    record Day(long apiKeyId, LocalDate day, long allowed, long refused, long undecided) {
    }
}
