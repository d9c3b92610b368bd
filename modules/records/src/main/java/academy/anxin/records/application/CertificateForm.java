package academy.anxin.records.application;

import java.time.LocalDate;

/**
 * What an organization's admin states when issuing a certificate: the period it covers, what the service was (the
 * page offers the record's forms and populations), and who answers for it (负责人) with a contact.
 */
public record CertificateForm(LocalDate periodFrom, LocalDate periodTo, String serviceDescription,
                              String responsiblePerson, String contact) {
}
