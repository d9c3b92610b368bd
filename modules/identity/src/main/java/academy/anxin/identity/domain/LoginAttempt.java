package academy.anxin.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One try at logging in (or at proving the current password on a password change), kept for the throttles: by
 * the email typed (whether or not an account has it, so that the throttle tells nothing about which emails exist)
 * and by the client's address.
 */
@Entity
@Table(name = "idn_login_attempt")
public class LoginAttempt {

    /**
     * How a try ended; a try refused because of a wait is not a failure and does not extend the wait. A wrong
     * current password typed to change the password is kept here too ({@code WRONG_CURRENT}), for its own
     * throttle: it is a guess at the password like a failed login, but from inside a session.
     */
    public enum Outcome { SUCCEEDED, FAILED, REFUSED, WRONG_CURRENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "address", nullable = false, length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected LoginAttempt() {
        // for JPA
    }

    public LoginAttempt(String email, String address, Outcome outcome, Instant at) {
        this.email = email.length() > EmailAddress.MAX_LENGTH ? email.substring(0, EmailAddress.MAX_LENGTH) : email;
        this.address = address.length() > 64 ? address.substring(0, 64) : address;
        this.outcome = outcome;
        this.attemptedAt = at;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }
}
