package academy.anxin.identity.domain;

import java.time.Instant;
import java.util.List;

/** The log of login tries that the throttle reads. */
public interface LoginAttempts {

    void add(LoginAttempt attempt);

    /** Failures for an email since {@code since} and since its latest success, newest first. */
    List<Instant> failuresForEmail(String email, Instant since);

    /** Failures from an address since {@code since} and since its latest success, newest first. */
    List<Instant> failuresFromAddress(String address, Instant since);

    /** Forgets tries older than {@code before}: the throttle never looks that far back. */
    int forgetBefore(Instant before);
}
