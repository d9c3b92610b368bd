/**
 * Records' use cases: a volunteer's service record and an organization's export
 * ({@link academy.anxin.records.application.ServiceRecords}, files by
 * {@link academy.anxin.records.application.RecordFiles}), commendations, and certificates
 * ({@link academy.anxin.records.application.ServiceCertificates}); a region's coordinators' dashboard
 * ({@link academy.anxin.records.application.RegionDashboard}) over summaries kept and rebuilt by
 * {@link academy.anxin.records.application.RegionSummaryUpkeep}; organizations' reports, who sees which
 * ({@link academy.anxin.records.application.OrganizationReports}), their figures for any report over organizations
 * ({@link academy.anxin.records.application.OrganizationFigures}, reusable, no access check) and their tables
 * ({@link academy.anxin.records.application.ReportTables}). Reads go to the other contexts' application services;
 * writes only to records' own tables.
 */
package academy.anxin.records.application;
