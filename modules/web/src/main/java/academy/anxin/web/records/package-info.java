/**
 * Service record pages: the volunteer's own record ({@code app/records.xhtml}, {@code RecordPage}), the
 * organization's members and export ({@code app/org/records.xhtml}, {@code OrgRecordsPage}), a member's record with
 * commendation and certificate issuing ({@code app/org/record.xhtml}, {@code MemberRecordPage}), the files
 * ({@code RecordFileServlet}: CSV, XLSX, certificate PDF; 403 for what is not the caller's) and the public check
 * ({@code verify/record/{number}}, {@code RecordVerifyServlet} and {@code RecordVerifyPage}).
 */
package academy.anxin.web.records;
