package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.PasswordHasher;
import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registration tells nobody who is registered: a taken address creates nothing and changes nothing, yet answers
 * like a success and hashes the password like one; wrong input is refused alike for both.
 */
class RegistrationServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final InMemoryIdentity identity = new InMemoryIdentity(clock, audit);
    private final RegistrationService registration = new RegistrationService();
    private int hashes;

    @BeforeEach
    void wire() {
        registration.people = identity.people;
        registration.audit = audit;
        registration.clock = clock;
        registration.hasher = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                hashes++;
                return identity.hasher.hash(password);
            }

            @Override
            public boolean matches(char[] password, String hash) {
                return identity.hasher.matches(password, hash);
            }
        };
    }

    private static RegistrationForm form(String name, String email, String password) {
        return new RegistrationForm(name, email, password, Language.ZH, false, false, false, false, false, true);
    }

    @Test
    void aNewAddressMakesAnAccount() {
        OptionalLong id = registration.register(form("李明", "li.ming@example.cn", "清晨的热线电话又响了起来"),
                "203.0.113.7");
        assertTrue(id.isPresent());
        assertEquals("李明", identity.people.byId(id.getAsLong()).orElseThrow().displayName());
        assertEquals("REGISTERED", audit.last().action());
        assertEquals(1, hashes);
    }

    @Test
    void aTakenAddressChangesNothingAndAnswersLikeASuccessAfterTheSameWork() {
        Person owner = identity.person("王小红", "xiaohong@example.cn");
        String ownersHash = owner.passwordHash();
        int audited = audit.events().size();

        OptionalLong id = registration.register(form("冒名者", "XiaoHong@Example.cn", "另一段足够长的口令短语"),
                "198.51.100.9");

        assertTrue(id.isEmpty(), "nothing was created");
        assertEquals(1, hashes, "the password was hashed as for a new account, so the answer takes as long");
        Person still = identity.people.byEmail(EmailAddress.of("xiaohong@example.cn")).orElseThrow();
        assertEquals(owner.id(), still.id());
        assertEquals("王小红", still.displayName());
        assertEquals(ownersHash, still.passwordHash(), "the owner's password is untouched");
        assertEquals(audited, audit.events().size());
    }

    @Test
    void wrongInputIsRefusedTheSameWhetherOrNotTheAddressIsTaken() {
        identity.person("王小红", "xiaohong@example.cn");
        DomainException taken = assertThrows(DomainException.class,
                () -> registration.register(form("王小红", "xiaohong@example.cn", "短密码123"), "203.0.113.7"));
        DomainException free = assertThrows(DomainException.class,
                () -> registration.register(form("王小红", "nobody@example.cn", "短密码123"), "203.0.113.7"));
        assertEquals(free.messageKey(), taken.messageKey());
        assertEquals(free.field(), taken.field());
        assertEquals(0, hashes);
    }
}
