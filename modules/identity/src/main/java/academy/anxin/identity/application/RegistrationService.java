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

/** Volunteers register themselves; the account exists only with consent to the privacy notice. */
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

    @Transactional
    public long register(RegistrationForm form, String address) {
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
        if (email != null && people.byEmail(email).isPresent()) {
            check.refuse(new DomainException("email", "identity.email.taken"));
        }
        check.throwIfAny();

        Person person = people.add(Person.register(name, email, hasher.hash(form.password().toCharArray()),
                form.language() == null ? Language.ZH : form.language(),
                new AccessibilityNeeds(form.captionsAlwaysOn(), form.transcriptsShown(), form.extendedExamTime(),
                        form.easyReadFirst()),
                clock.instant()));
        audit.record(new AuditRecord("person:" + person.id(), "REGISTERED", "person:" + person.id(), null, address));
        return person.id();
    }
}
