/**
 * Records' rules, plain Java: a volunteer's {@link academy.anxin.records.domain.ServiceRecord} in the rules' five
 * parts and how it is assembled from the other contexts' ledgers (service vs training, reversals net out), the
 * organization export's rows ({@link academy.anxin.records.domain.ServiceMonth}, cells through
 * {@link academy.anxin.records.domain.SpreadsheetText}), and certificates
 * ({@link academy.anxin.records.domain.Certificate}, numbered by {@link academy.anxin.records.domain.CertificateNumber}),
 * and how an organization's report puts its counts together ({@link academy.anxin.records.domain.ReportFigures}).
 */
package academy.anxin.records.domain;
