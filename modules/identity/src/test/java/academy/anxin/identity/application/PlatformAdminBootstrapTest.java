package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.SettingRefused;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first platform admin, from the settings; a setting that breaks a rule stops the start with one plain line. */
class PlatformAdminBootstrapTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final InMemoryIdentity identity = new InMemoryIdentity(clock, audit);

    private PlatformAdminBootstrap bootstrap(String email, String password) {
        PlatformAdminBootstrap bootstrap = new PlatformAdminBootstrap();
        bootstrap.people = identity.people;
        bootstrap.hasher = identity.hasher;
        bootstrap.audit = audit;
        bootstrap.clock = clock;
        bootstrap.adminEmail = email;
        bootstrap.adminPassword = Optional.ofNullable(password);
        return bootstrap;
    }

    @Test
    void theAdminIsCreatedOnceFromTheSettings() {
        bootstrap("ops@hotline.example.cn", "松树下的长椅与清晨的光").onSchemaMigrated(new SchemaMigrated(0));
        assertTrue(identity.people.byEmail(EmailAddress.of("ops@hotline.example.cn")).orElseThrow().isPlatformAdmin());
        assertEquals(List.of("PLATFORM_ADMIN_CREATED"), audit.actions());

        bootstrap("ops@hotline.example.cn", "松树下的长椅与清晨的光").onSchemaMigrated(new SchemaMigrated(0));
        assertEquals(List.of("PLATFORM_ADMIN_CREATED"), audit.actions(), "a later start does nothing");
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartNamingTheSettingAndTheRule() {
        SettingRefused common = assertThrows(SettingRefused.class,
                () -> bootstrap("admin@anxin.local", "woaini520").onSchemaMigrated(new SchemaMigrated(0)));
        assertEquals("ANXIN_ADMIN_PASSWORD is refused: a password needs at least 10 characters", common.getMessage());
        assertEquals("[anxin-setting-refused] " + common.getMessage(), common.logLine());

        SettingRefused tried = assertThrows(SettingRefused.class,
                () -> bootstrap("admin@anxin.local", "password123").onSchemaMigrated(new SchemaMigrated(0)));
        assertEquals("ANXIN_ADMIN_PASSWORD is refused: the password is one that attackers try first, or has fewer "
                + "than four different characters", tried.getMessage());
        assertFalse(identity.people.anyPlatformAdmin(), "nobody was created");
        assertEquals(List.of(), audit.actions());
    }

    @Test
    void anEmailThatIsNoEmailStopsTheStartNamingTheSetting() {
        SettingRefused refused = assertThrows(SettingRefused.class,
                () -> bootstrap("admin at hotline", null).onSchemaMigrated(new SchemaMigrated(0)));
        assertEquals("ANXIN_ADMIN_EMAIL is refused: it must be an email address, such as admin@example.cn",
                refused.getMessage());
    }
}
