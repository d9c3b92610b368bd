package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.domain.LoginAttempt;
import academy.anxin.identity.domain.LoginAttempts;
import academy.anxin.identity.domain.PasswordChangeThrottle;
import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A password change: wrong current passwords are recorded, audited and after five pause changes; a change moves
 * the password version on, which is what ends the person's other sessions.
 */
class PasswordChangeTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T02:00:00Z"));
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final InMemoryIdentity identity = new InMemoryIdentity(clock, audit);
    private final WrongCurrentPasswords attempts = new WrongCurrentPasswords();
    private final AccountService accounts = new AccountService();
    private final LoginValidity versions = new LoginValidity();
    private Person person;
    private Caller caller;

    @BeforeEach
    void wire() {
        accounts.people = identity.people;
        accounts.hasher = identity.hasher;
        accounts.audit = audit;
        accounts.attempts = attempts;
        accounts.clock = clock;
        accounts.versions = versions;
        versions.people = identity.people;
        versions.clock = clock;
        versions.endedLogins = identity.endedLogins;
        person = identity.person("王小红", "xiaohong@example.cn");
        caller = new Caller(person.id(), InMemoryIdentity.ADDRESS);
    }

    @Test
    void aChangeMovesThePasswordVersionOnSoOtherSessionsEnd() {
        long before = versions.current(person.id()).orElseThrow();
        assertTrue(versions.stillValid(person.id(), before));
        long after = accounts.changePassword(caller, "x", "清晨的热线电话又响了起来");
        assertEquals(before + 1, after);
        assertFalse(versions.stillValid(person.id(), before), "a session from before the change is over at once");
        assertTrue(versions.stillValid(person.id(), after), "the session that changed it goes on");
        assertEquals("PASSWORD_CHANGED", audit.last().action());
    }

    @Test
    void wrongCurrentPasswordsAreAuditedAndAfterFivePauseChanges() {
        for (int i = 1; i <= PasswordChangeThrottle.WRONG_ALLOWED; i++) {
            DomainException wrong = assertThrows(DomainException.class,
                    () -> accounts.changePassword(caller, "not my password", "清晨的热线电话又响了起来"));
            assertEquals("identity.password.currentWrong", wrong.messageKey());
            assertEquals("PASSWORD_CHANGE_REFUSED", audit.last().action());
            clock.advance(Duration.ofMinutes(1));
        }
        // now even the right current password is refused, and that refusal is audited too
        DomainException paused = assertThrows(DomainException.class,
                () -> accounts.changePassword(caller, "x", "清晨的热线电话又响了起来"));
        assertEquals("identity.password.changePaused", paused.messageKey());
        assertEquals("PASSWORD_CHANGE_REFUSED", audit.last().action());
        assertEquals(0, versions.current(person.id()).orElseThrow(), "the password did not change");

        clock.advance(PasswordChangeThrottle.PAUSE);
        assertEquals(1, accounts.changePassword(caller, "x", "清晨的热线电话又响了起来"));
    }

    @Test
    void aSessionOfSomeoneNoLongerThereIsOver() {
        assertFalse(versions.stillValid(9_999L, 0));
    }

    /** Keeps only what the password change reads: the wrong current passwords. */
    private static final class WrongCurrentPasswords implements LoginAttempts {

        private final List<Instant> wrong = new ArrayList<>();

        @Override
        public void add(LoginAttempt attempt) {
            if (attempt.outcome() == LoginAttempt.Outcome.WRONG_CURRENT) {
                wrong.add(attempt.attemptedAt());
                wrong.sort(Comparator.reverseOrder());
            }
        }

        @Override
        public List<Instant> wrongCurrentPasswords(String email, Instant since) {
            return wrong.stream().filter(at -> at.isAfter(since)).toList();
        }

        @Override
        public List<Instant> failuresForEmailFromAddress(String email, String address, Instant since) {
            return List.of();
        }

        @Override
        public List<Instant> failuresFromAddress(String address, Instant since) {
            return List.of();
        }

        @Override
        public List<Instant> failuresForEmail(String email, Instant since) {
            return List.of();
        }

        @Override
        public boolean succeededFrom(String email, String address, Instant since) {
            return false;
        }

        @Override
        public int forgetBefore(Instant before) {
            return 0;
        }
    }
}
