package academy.anxin.identity.domain;

import java.time.Instant;
import java.util.List;

/** The log of login tries (and of wrong current passwords on a password change) that the throttles read. */
public interface LoginAttempts {

    void add(LoginAttempt attempt);

    /** Failures for an email from an address since {@code since} and since their latest success, newest first. */
    List<Instant> failuresForEmailFromAddress(String email, String address, Instant since);

    /** Failures from an address since {@code since} and since its latest success, newest first. */
    List<Instant> failuresFromAddress(String address, Instant since);

    /** Failures for an email from every address since {@code since}, successes or not, newest first. */
    List<Instant> failuresForEmail(String email, Instant since);

    /** Whether the email logged in successfully from the address since {@code since}. */
    boolean succeededFrom(String email, String address, Instant since);

    /** Wrong current passwords typed on a password change for an email since {@code since}, newest first. */
    List<Instant> wrongCurrentPasswords(String email, Instant since);

    /** Forgets tries older than {@code before}: the throttle never looks that far back. */
    int forgetBefore(Instant before);
}
