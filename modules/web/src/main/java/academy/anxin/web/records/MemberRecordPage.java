package academy.anxin.web.records;

import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.records.application.CertificateForm;
import academy.anxin.records.application.ServiceCertificates;
import academy.anxin.records.application.ServiceRecords;
import academy.anxin.records.domain.Certificate;
import academy.anxin.records.domain.RecordPeriod;
import academy.anxin.records.domain.ServiceRecord;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * app/org/record.xhtml?org=N&person=M, for the organization's admins: a member's service record, a commendation
 * to record, and the certificate (志愿服务记录证明) to issue, with those issued before. Anyone else gets 403.
 */
@Named
@ViewScoped
public class MemberRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> CERTIFICATE_FIELDS = Map.of("periodFrom", "certificate:from",
            "periodTo", "certificate:to", "serviceDescription", "certificate:description",
            "responsiblePerson", "certificate:responsible", "contact", "certificate:contact");

    @Inject
    transient ServiceRecords records;

    @Inject
    transient ServiceCertificates certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    @Inject
    RecordTexts recordTexts;

    private Long org;
    private Long person;
    private OrganizationView organization;
    private ServiceRecord record;
    private List<Certificate> issued;
    private String commendedOn;
    private String reason;
    private String periodFrom;
    private String periodTo;
    private String description;
    private String responsible;
    private String contact;
    private String issuedNumber;

    /** f:viewAction: loads the member's record or answers 403. */
    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            organization = currentUser.administeredOrganization(org);
            refresh();
            if (periodFrom == null && record.firstServiceDay() != null) {
                periodFrom = record.firstServiceDay().toString();
                periodTo = record.lastServiceDay().toString();
            }
            if (description == null) {
                description = recordTexts.serviceSummary(record);
            }
        });
    }

    private void refresh() {
        record = records.of(currentUser.caller(), org, PageAccess.required(person), RecordPeriod.ALL);
        issued = certificates.of(currentUser.caller(), org, person);
    }

    public void commend() {
        try {
            records.commend(currentUser.caller(), org, person, day(commendedOn), reason);
            texts.info(texts.text("record.commendation.recorded"));
            commendedOn = null;
            reason = null;
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, Map.of("date", "commend:date", "reason", "commend:reason"));
        }
    }

    public void issue() {
        try {
            Certificate certificate = certificates.issue(currentUser.caller(), org, person,
                    new CertificateForm(day(periodFrom), day(periodTo), description, responsible, contact));
            issuedNumber = certificate.number().text();
            texts.info(texts.text("record.certificate.issued", issuedNumber));
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, CERTIFICATE_FIELDS);
        }
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    public String verifyAddress(String number) {
        return certificates.verifyAddress(number);
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public ServiceRecord getRecord() {
        return record;
    }

    public List<Certificate> getIssued() {
        return issued;
    }

    public String getIssuedNumber() {
        return issuedNumber;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getCommendedOn() {
        return commendedOn;
    }

    public void setCommendedOn(String commendedOn) {
        this.commendedOn = commendedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
