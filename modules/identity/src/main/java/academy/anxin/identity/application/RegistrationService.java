package academy.anxin.identity.application;

import academy.anxin.identity.domain.AccessibilityNeeds;
import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.PasswordHasher;
import academy.anxin.identity.domain.PasswordPolicy;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.PersonName;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Volunteers register themselves; the account exists only with consent to the privacy notice. Registering an
 * address someone already holds creates nothing and leaves that account untouched, yet answers like a success and
 * takes as long (the password is hashed anyway): the page tells everyone to log in, so that nobody can learn from
 * it who is registered.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    People people;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The new person's id; empty when the address was taken, in which case nothing was written. */
    @Transactional
    public OptionalLong register(RegistrationForm form, String address) {
        Validation check = new Validation();
        PersonName name = check.field(() -> PersonName.of(form.name()));
        EmailAddress email = check.field(() -> EmailAddress.of(form.email()));
        check.field(() -> {
            PasswordPolicy.check(form.password(), email);
            return null;
        });
        if (!form.privacyConsent()) {
            check.refuse(new DomainException("consent", "identity.consent.required"));
        }
        check.throwIfAny();

        String hash = hasher.hash(form.password().toCharArray()); // also for a taken address: the same time taken
        if (people.byEmail(email).isPresent()) {
            return OptionalLong.empty();
        }
        Person person = people.add(Person.register(name, email, hash,
                form.language() == null ? Language.ZH : form.language(),
                new AccessibilityNeeds(form.captionsAlwaysOn(), form.transcriptsShown(), form.extendedExamTime(),
                        form.easyReadFirst(), form.examBreaks()),
                clock.instant()));
        audit.record(new AuditRecord("person:" + person.id(), "REGISTERED", "person:" + person.id(), null, address));
        return OptionalLong.of(person.id());
    }
}
