package academy.anxin.kernel.domain;

import java.time.ZoneId;

/**
 * The platform's time zone: China Standard Time. Instants are stored in UTC; a calendar day (a practice session's
 * date, a credential's expiry day, "today" on a page, a login's local time) is always a day in this zone, so that a
 * volunteer in Beijing and the server agree on what "today" is whatever zone the server runs in.
 */
public final class PlatformTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformTime() {
    }
}
