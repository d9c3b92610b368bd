package academy.anxin.kernel.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Column values in and out of native queries: instants to and from DATETIME columns, which hold UTC, and numbers
 * from whatever numeric type the driver returns. For stores that write SQL themselves instead of through JPA.
 */
public final class Sql {

    private Sql() {
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (column instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a time: " + column.getClass());
    }

    public static long number(Object column) {
        return ((Number) column).longValue();
    }
}
