package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.PlatformTime;
import java.time.Instant;
import java.util.Objects;

/**
 * The time a credential is valid in, from (inclusive) until (exclusive). Months are counted on the calendar of
 * {@link PlatformTime#ZONE}: the platform serves China, so "valid 24 months from 15 March" means until 15 March
 * two years on in Beijing time, whatever the server's own zone.
 */
public record ValidityPeriod(Instant from, Instant until) implements java.io.Serializable {

    public ValidityPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("validity " + from + " to " + until);
        }
    }

    public static ValidityPeriod starting(Instant from, int months) {
        return new ValidityPeriod(from, plusMonths(from, months));
    }

    public static Instant plusMonths(Instant instant, int months) {
        return instant.atZone(PlatformTime.ZONE).plusMonths(months).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }
}
