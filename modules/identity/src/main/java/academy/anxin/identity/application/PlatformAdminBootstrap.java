package academy.anxin.identity.application;

import academy.anxin.identity.domain.AccessibilityNeeds;
import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.GeneratedPassword;
import academy.anxin.identity.domain.PasswordHasher;
import academy.anxin.identity.domain.PasswordPolicy;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.PersonName;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start against an empty database, creates the platform admin from {@code ANXIN_ADMIN_EMAIL} and
 * {@code ANXIN_ADMIN_PASSWORD}, or with a generated password printed once. Later starts find an admin and do
 * nothing. The printed lines carry the {@link #CONSOLE_MARK} so that the launcher can repeat them in its summary.
 */
@ApplicationScoped
public class PlatformAdminBootstrap {

    public static final String CONSOLE_MARK = "[anxin-first-login]";
    private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

    @Inject
    People people;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "anxin.admin.email", defaultValue = "admin@anxin.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "anxin.admin.password")
    Optional<String> adminPassword;

    @Transactional
    void onSchemaMigrated(@Observes @Priority(StartupPhase.PLATFORM_ADMIN) SchemaMigrated migrated) {
        if (people.anyPlatformAdmin()) {
            return;
        }
        EmailAddress email = EmailAddress.of(adminEmail);
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = GeneratedPassword.next();
        } else {
            PasswordPolicy.check(password, email);
        }
        Person admin = people.byEmail(email).orElseGet(() -> null);
        if (admin == null) {
            admin = people.add(Person.register(PersonName.of("平台管理员 Platform admin"), email,
                    hasher.hash(passwordChars(password)), Language.ZH, AccessibilityNeeds.none(), clock.instant()));
        } else {
            admin.changePasswordHash(hasher.hash(passwordChars(password)));
        }
        admin.makePlatformAdmin();
        audit.record(new AuditRecord("system", "PLATFORM_ADMIN_CREATED", "person:" + admin.id(), null, null));
        LOG.warning(CONSOLE_MARK + " platform admin: " + email.value());
        LOG.warning(CONSOLE_MARK + " password: " + (generated ? password + "  (generated: shown only this once)"
                : "as set in ANXIN_ADMIN_PASSWORD"));
    }

    private static char[] passwordChars(String password) {
        return password.toCharArray();
    }
}
