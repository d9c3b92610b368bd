package academy.anxin.records.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.records.domain.Certificate;
import academy.anxin.records.domain.CertificateNumber;
import academy.anxin.records.domain.Certificates;
import academy.anxin.records.domain.RecordPeriod;
import academy.anxin.records.domain.ServiceRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service record certificates (志愿服务记录证明): an organization's admin issues one for a member's service in a
 * period, stating the facts of the record at that moment; each is stored as issued and never edited, and a newer
 * one for the same volunteer and organization supersedes the older. Issuing is audited. The PDF goes to the
 * organization's admins and the volunteer; the public check page shows the stored facts by number.
 */
@ApplicationScoped
public class ServiceCertificates {

    @Inject
    ServiceRecords records;

    @Inject
    OrganizationService organizations;

    @Inject
    Certificates certificates;

    @Inject
    CertificateDocuments documents;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Certificate issue(Caller caller, long organizationId, long personId, CertificateForm form) {
        OrganizationView organization = organizations.organization(caller, organizationId);
        LocalDate today = LocalDate.now(clock.withZone(PlatformTime.ZONE));
        if (form.periodFrom() == null) {
            throw new DomainException("periodFrom", "validation.required");
        }
        if (form.periodTo() == null) {
            throw new DomainException("periodTo", "validation.required");
        }
        if (form.periodTo().isAfter(today)) {
            throw new DomainException("periodTo", "record.period.future");
        }
        String description = text("serviceDescription", form.serviceDescription(), Certificate.MAX_DESCRIPTION);
        String responsible = text("responsiblePerson", form.responsiblePerson(), Certificate.MAX_PERSON);
        String contact = text("contact", form.contact(), Certificate.MAX_CONTACT);
        ServiceRecord record = records.of(caller, organizationId, personId,
                new RecordPeriod(form.periodFrom(), form.periodTo()));
        if (record.serviceMinutes() <= 0) {
            throw new DomainException("periodFrom", "record.certificate.noService");
        }
        Instant now = clock.instant();
        CertificateNumber number = new CertificateNumber(today.getYear(), certificates.nextSerial(today.getYear()));
        Certificate certificate = new Certificate(number, organizationId, personId, record.basics().name(),
                record.basics().volunteerNumber(), form.periodFrom(), form.periodTo(), record.serviceMinutes(),
                description, organization.nameZh(), responsible, contact, today, now, caller.actor(), null);
        certificates.add(certificate);
        List<String> superseded = certificates.supersede(organizationId, personId, number.text(), now);
        audit.record(new AuditRecord(caller.actor(), "SERVICE_CERTIFICATE_ISSUED", "record-certificate:" + number,
                "person:" + personId + " organization:" + organizationId + " " + record.serviceMinutes() + " min "
                        + form.periodFrom() + ".." + form.periodTo()
                        + (superseded.isEmpty() ? "" : "; supersedes " + String.join(", ", superseded)),
                caller.address()));
        return certificate;
    }

    /** A member's certificates from the organization, newest first, for its admins. */
    @Transactional
    public List<Certificate> of(Caller caller, long organizationId, long personId) {
        organizations.organization(caller, organizationId);
        return certificates.of(organizationId, personId);
    }

    /** The caller's own certificates from an organization. */
    @Transactional
    public List<Certificate> mine(Caller caller, long organizationId) {
        return certificates.of(organizationId, caller.personId());
    }

    /** The stored facts of a certificate, for the public check page; a malformed number is refused. */
    @Transactional
    public Optional<Certificate> byNumber(String number) {
        return certificates.byNumber(CertificateNumber.parse(number));
    }

    /** The PDF, to the volunteer it names and to the issuing organization's admins; anyone else is refused. */
    @Transactional
    public byte[] pdf(Caller caller, String number) {
        Certificate certificate = certificates.byNumber(parsedOrDenied(number)).orElseThrow(AccessDenied::new);
        if (certificate.personId() != caller.personId()) {
            organizations.organization(caller, certificate.organizationId());
        }
        return documents.pdf(certificate);
    }

    public String verifyAddress(String number) {
        return documents.verifyAddress(number);
    }

    private static CertificateNumber parsedOrDenied(String number) {
        try {
            return CertificateNumber.parse(number);
        } catch (DomainException malformed) {
            throw new AccessDenied();
        }
    }

    private static String text(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new DomainException(field, "validation.required");
        }
        if (text.length() > max) {
            throw new DomainException(field, "validation.tooLong", Integer.toString(max));
        }
        return text;
    }
}
