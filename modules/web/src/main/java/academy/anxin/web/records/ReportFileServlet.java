package academy.anxin.web.records;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.records.application.ExportTable;
import academy.anxin.records.application.OrganizationReport;
import academy.anxin.records.application.OrganizationReports;
import academy.anxin.records.application.ReportTables;
import academy.anxin.records.application.Workbooks;
import academy.anxin.web.http.Download;
import academy.anxin.web.http.FileServlet;
import academy.anxin.web.security.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * One table of an organization's report as a file (login required by web.xml for /app/*):
 * {@code app/org/report.csv} and {@code .xlsx} {@code ?org=N&from=YYYY-MM&to=YYYY-MM&table=ID}, the same table the
 * page shows ({@link ReportTables}), for the same people: the organization's admins, or a supervisor for their
 * supervisees. CSV is UTF-8 with a byte-order mark; text a spreadsheet would run is disarmed in both forms
 * ({@link ExportTable}). Anyone else is 403; a bad address 400; a table the caller's report has not 404.
 */
@WebServlet({"/app/org/report.csv", "/app/org/report.xlsx"})
public class ReportFileServlet extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient OrganizationReports reports;

    @Inject
    transient Workbooks workbooks;

    @Inject
    transient ReportWords words;

    @Override
    protected Download file(HttpServletRequest request) {
        long org = number(request.getParameter("org"));
        YearMonth from = month(request.getParameter("from"));
        YearMonth to = month(request.getParameter("to"));
        String id = String.valueOf(request.getParameter("table"));
        if (!ReportTables.IDS.contains(id)) {
            throw NoFile.badRequest();
        }
        OrganizationReport report;
        try {
            report = reports.report(Callers.of(request), org, from, to);
        } catch (AccessDenied denied) {
            throw NoFile.forbidden();
        } catch (DomainException refused) {
            throw NoFile.badRequest();
        }
        ExportTable table = ReportTables.of(report, words).get(id);
        if (table == null) {
            throw NoFile.notFound();
        }
        String name = "report-" + org + "-" + id + "-" + from + "-" + to;
        if (request.getServletPath().endsWith(".xlsx")) {
            return Download.attachment(name + ".xlsx", XLSX, workbooks.xlsx(table));
        }
        return Download.attachment(name + ".csv", "text/csv; charset=UTF-8",
                table.csv().getBytes(StandardCharsets.UTF_8));
    }

    private static long number(String text) {
        if (text == null || !text.matches("[1-9]\\d{0,17}")) {
            throw NoFile.badRequest();
        }
        return Long.parseLong(text);
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw NoFile.badRequest();
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw NoFile.badRequest();
        }
    }
}
