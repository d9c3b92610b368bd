package academy.anxin.identity.application;

import academy.anxin.identity.domain.AccessibilityNeeds;
import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.LoginAttempt;
import academy.anxin.identity.domain.LoginAttempts;
import academy.anxin.identity.domain.PasswordChangeThrottle;
import academy.anxin.identity.domain.PasswordHasher;
import academy.anxin.identity.domain.PasswordPolicy;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.PersonName;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A person's own account: what it says, and the settings they may change. */
@ApplicationScoped
public class AccountService {

    @Inject
    People people;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    LoginAttempts attempts;

    @Inject
    LoginValidity versions;

    @Inject
    Clock clock;

    @Transactional
    public AccountView account(Caller caller) {
        return AccountView.of(self(caller));
    }

    /**
     * Changes the password when the current one is proved, and returns the new password version, which the
     * caller's own session takes so that it stays logged in while every other session of the person ends. Wrong
     * current passwords are kept and audited, and after {@link PasswordChangeThrottle#WRONG_ALLOWED} of them changes
     * pause for a while. Refusals do not roll back, so that what they record stays.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public long changePassword(Caller caller, String current, String replacement) {
        Person person = self(caller);
        Instant now = clock.instant();
        String email = person.email().value();
        if (PasswordChangeThrottle.pausedUntil(attempts.wrongCurrentPasswords(email,
                now.minus(PasswordChangeThrottle.WINDOW)), now).isPresent()) {
            audit.record(new AuditRecord(caller.actor(), "PASSWORD_CHANGE_REFUSED", caller.actor(), "paused",
                    caller.address()));
            throw new DomainException("currentPassword", "identity.password.changePaused",
                    PasswordChangeThrottle.PAUSE.toMinutes());
        }
        if (current == null || !hasher.matches(current.toCharArray(), person.passwordHash())) {
            attempts.add(new LoginAttempt(email, caller.address() == null ? "" : caller.address(),
                    LoginAttempt.Outcome.WRONG_CURRENT, now));
            audit.record(new AuditRecord(caller.actor(), "PASSWORD_CHANGE_REFUSED", caller.actor(),
                    "wrong current password", caller.address()));
            throw new DomainException("currentPassword", "identity.password.currentWrong");
        }
        PasswordPolicy.check(replacement, person.email());
        if (replacement.equals(current)) {
            throw new DomainException("password", "identity.password.unchanged");
        }
        person.changePasswordHash(hasher.hash(replacement.toCharArray()));
        versions.changed(person.id());
        audit.record(new AuditRecord(caller.actor(), "PASSWORD_CHANGED", caller.actor(), null, caller.address()));
        return person.passwordVersion();
    }

    @Transactional
    public void changeLanguage(Caller caller, Language language) {
        self(caller).prefer(language);
    }

    @Transactional
    public void changeProfile(Caller caller, String name, boolean captionsAlwaysOn, boolean transcriptsShown,
                              boolean extendedExamTime, boolean easyReadFirst, boolean examBreaks) {
        Person person = self(caller);
        person.rename(PersonName.of(name));
        person.needs(new AccessibilityNeeds(captionsAlwaysOn, transcriptsShown, extendedExamTime, easyReadFirst,
                examBreaks));
    }

    /** Whether someone registered with this email (for start-up seeding, not for pages: it would tell on people). */
    @Transactional
    public boolean exists(String email) {
        return people.byEmail(EmailAddress.of(email)).isPresent();
    }

    /** Some platform admin's id, for work the platform does on its own behalf (demo seeding). */
    @Transactional
    public Optional<Long> aPlatformAdmin() {
        return people.aPlatformAdmin().map(Person::id);
    }

    private Person self(Caller caller) {
        return people.byId(caller.personId()).orElseThrow(AccessDenied::new);
    }
}
