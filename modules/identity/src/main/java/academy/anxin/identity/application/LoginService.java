package academy.anxin.identity.application;

import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.LoginAttempt;
import academy.anxin.identity.domain.LoginAttempts;
import academy.anxin.identity.domain.LoginThrottle;
import academy.anxin.identity.domain.PasswordHasher;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.platform.ScheduledWork;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a password for a login, with the throttle in front of it and every outcome in the audit trail. An unknown
 * email costs the same hashing time as a known one, so response times do not tell which emails have accounts.
 */
@ApplicationScoped
public class LoginService {

    @Inject
    People people;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    LoginValidity validity;

    @Inject
    Clock clock;

    private String decoyHash;

    @PostConstruct
    void prepareDecoy() {
        decoyHash = hasher.hash("decoy password for unknown emails".toCharArray());
    }

    @Transactional
    public LoginResult attempt(String typedEmail, char[] password, String address) {
        Instant now = clock.instant();
        String email = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
        Optional<Instant> lock = lockedUntil(email, address, now);
        if (lock.isPresent()) {
            attempts.add(new LoginAttempt(email, address, LoginAttempt.Outcome.REFUSED, now));
            audit.record(new AuditRecord("anonymous", "LOGIN_REFUSED_LOCKED", "email:" + email, null, address));
            return LoginResult.locked(lock.get());
        }
        Optional<Person> person = knownPerson(email);
        boolean matches;
        if (person.isPresent()) {
            matches = hasher.matches(password, person.get().passwordHash());
        } else {
            hasher.matches(password, decoyHash); // spend the same time; the answer is no either way
            matches = false;
        }
        if (matches) {
            Person who = person.get();
            attempts.add(new LoginAttempt(email, address, LoginAttempt.Outcome.SUCCEEDED, now));
            audit.record(new AuditRecord("person:" + who.id(), "LOGIN_SUCCEEDED", "person:" + who.id(), null, address));
            return LoginResult.succeeded(who.id(), who.isPlatformAdmin());
        }
        attempts.add(new LoginAttempt(email, address, LoginAttempt.Outcome.FAILED, now));
        String subject = person.map(p -> "person:" + p.id()).orElse("email:" + email);
        audit.record(new AuditRecord("anonymous", "LOGIN_FAILED", subject, null, address));
        lockedUntil(email, address, now).ifPresent(until -> audit.record(new AuditRecord("system", "LOGIN_LOCKED",
                subject, "until " + until, address)));
        return LoginResult.failed();
    }

    /** Until when logins for this email or from this address are refused, if they are. */
    @Transactional
    public Optional<Instant> lockedUntil(String typedEmail, String address) {
        String email = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
        return lockedUntil(email, address, clock.instant());
    }

    /** A logout, audited; {@code loginId} (null for a session without one) is refused on every node from now on. */
    @Transactional
    public void loggedOut(long personId, String loginId, String address) {
        audit.record(new AuditRecord("person:" + personId, "LOGOUT", "person:" + personId, null, address));
        if (loginId != null) {
            validity.loggedOut(personId, loginId);
        }
    }

    private Optional<Instant> lockedUntil(String email, String address, Instant now) {
        Instant since = now.minus(LoginThrottle.WINDOW);
        return LoginThrottle.waitUntil(new LoginThrottle.Tries(
                attempts.failuresForEmailFromAddress(email, address, since),
                attempts.failuresFromAddress(address, since),
                attempts.failuresForEmail(email, since),
                attempts.succeededFrom(email, address, now.minus(LoginThrottle.KNOWN_ADDRESS))), now);
    }

    private Optional<Person> knownPerson(String email) {
        try {
            return people.byEmail(EmailAddress.of(email));
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }

    /** Old tries are of no use to the throttle (it looks back 30 days at most); a daily sweep keeps the table small. */
    @Singleton
    public static class Sweeper {

        private static final Duration KEEP = LoginThrottle.KNOWN_ADDRESS;

        @Inject
        LoginAttempts attempts;

        @Inject
        Clock clock;

        @Inject
        ScheduledWork scheduled;

        /** Once a day, by one node of a cluster. */
        @Schedule(hour = "3", minute = "17", persistent = false)
        void sweep() {
            if (scheduled.mine("identity.login-attempt-sweep", Duration.ofHours(21))) {
                attempts.forgetBefore(clock.instant().minus(KEEP));
            }
        }
    }
}
