package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.application.RecordingAuditTrail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A logout ends that login's session everywhere: on the node where it happened at once, on another node (its own
 * LoginValidity, which read the person before the logout) within FRESH; the person's other logins go on.
 */
class LoginValidityTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-08T01:00:00Z"));
    private final InMemoryIdentity identity = new InMemoryIdentity(clock, new RecordingAuditTrail(clock));
    private final LoginValidity here = validity();
    private final LoginValidity otherNode = validity();
    private Person person;

    private LoginValidity validity() {
        LoginValidity validity = new LoginValidity();
        validity.people = identity.people;
        validity.endedLogins = identity.endedLogins;
        validity.clock = clock;
        return validity;
    }

    @BeforeEach
    void register() {
        person = identity.person("李安然", "anran@example.cn");
    }

    @Test
    void aLoggedOutLoginIsRefusedHereAtOnceAndOnAnotherNodeWithinFresh() {
        String phone = LoginValidity.newLoginId();
        String laptop = LoginValidity.newLoginId();
        assertNotEquals(phone, laptop);
        assertTrue(otherNode.stillValid(person.id(), 0, phone), "read before the logout");
        here.loggedOut(person.id(), phone);
        assertFalse(here.stillValid(person.id(), 0, phone), "refused at once where it logged out");
        assertTrue(here.stillValid(person.id(), 0, laptop), "the person's other login goes on");
        assertTrue(otherNode.stillValid(person.id(), 0, phone), "another node trusts its read for FRESH");
        clock.advance(LoginValidity.FRESH);
        assertFalse(otherNode.stillValid(person.id(), 0, phone), "and then reads the end");
        assertTrue(otherNode.stillValid(person.id(), 0, laptop));
    }

    @Test
    void endsAreForgottenAfterADayWhenNoSessionOfTheirsCanBeLeft() {
        here.loggedOut(person.id(), LoginValidity.newLoginId());
        clock.advance(LoginValidity.ENDS_KEPT.plus(Duration.ofMinutes(1)));
        here.loggedOut(person.id(), LoginValidity.newLoginId());
        assertEquals(1, identity.endedLogins.size(), "the day-old end went with the next logout");
    }
}
