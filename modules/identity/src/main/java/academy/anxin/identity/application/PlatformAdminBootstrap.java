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
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.SettingRefused;
import academy.anxin.kernel.platform.StartupPhase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
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
        EmailAddress email = setting("ANXIN_ADMIN_EMAIL", () -> EmailAddress.of(adminEmail));
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = GeneratedPassword.next();
        } else {
            String chosen = password;
            setting("ANXIN_ADMIN_PASSWORD", () -> {
                PasswordPolicy.check(chosen, email);
                return chosen;
            });
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

    /**
     * Reads a setting through the rule that judges it; a refusal stops the start with one line that names the
     * setting and the rule, in the operator's terms rather than the registration form's.
     */
    private static <T> T setting(String name, Supplier<T> judged) {
        try {
            return judged.get();
        } catch (DomainException refused) {
            SettingRefused stop = new SettingRefused(name, rule(refused));
            LOG.severe(stop.logLine());
            throw stop;
        }
    }

    static String rule(DomainException refused) {
        return switch (refused.messageKey()) {
            case "identity.password.tooShort" -> "a password needs at least " + PasswordPolicy.MIN_LENGTH
                    + " characters";
            case "identity.password.tooLong" -> "a password has at most " + PasswordPolicy.MAX_LENGTH + " characters";
            case "identity.password.common" -> "the password is one that attackers try first, or has fewer than four "
                    + "different characters";
            case "identity.password.digitsOnly" -> "a password of digits alone (a phone, QQ or ID number, a date) is "
                    + "easy to guess";
            case "identity.password.word" -> "a single word or name is easy to guess";
            case "identity.password.keyboard" -> "rows and patterns of keys are easy to guess";
            case "identity.password.repeated" -> "repeated characters or words are easy to guess";
            case "identity.password.sequence" -> "sequences like abc or 6543 are easy to guess";
            case "identity.password.date" -> "dates and years are easy to guess";
            case "identity.password.guessable" -> "the password is too easy to guess (the strength estimator scores it "
                    + "below " + PasswordPolicy.MIN_SCORE + " of 4): use a few uncommon words";
            case "identity.password.containsEmail" -> "the password must not contain the name of ANXIN_ADMIN_EMAIL";
            case "identity.email.tooLong" -> "an email address has at most " + EmailAddress.MAX_LENGTH + " characters";
            default -> refused.field() != null && refused.field().equals("email")
                    ? "it must be an email address, such as admin@example.cn" : refused.messageKey();
        };
    }

    private static char[] passwordChars(String password) {
        return password.toCharArray();
    }
}
