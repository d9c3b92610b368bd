/**
 * Records' rules, plain Java: a volunteer's {@link academy.anxin.records.domain.ServiceRecord} in the rules' five
 * parts and how it is assembled from the other contexts' ledgers (service vs training, reversals net out), the
 * organization export's rows ({@link academy.anxin.records.domain.ServiceMonth}, cells through
 * {@link academy.anxin.records.domain.SpreadsheetText}), and certificates
 * ({@link academy.anxin.records.domain.Certificate}, numbered by {@link academy.anxin.records.domain.CertificateNumber}).
 * For regions' coordinators: who could serve whom ({@link academy.anxin.records.domain.Readiness}), how counts of
 * people are shown ({@link academy.anxin.records.domain.SmallCounts}), and the summaries' port
 * ({@link academy.anxin.records.domain.RegionSummaries}); and how an organization's report puts its counts together ({@link academy.anxin.records.domain.ReportFigures}).
 */
package academy.anxin.records.domain;
