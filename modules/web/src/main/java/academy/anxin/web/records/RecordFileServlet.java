package academy.anxin.web.records;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.records.application.ExportTable;
import academy.anxin.records.application.RecordFiles;
import academy.anxin.records.application.ServiceCertificates;
import academy.anxin.records.application.ServiceRecords;
import academy.anxin.records.application.Workbooks;
import academy.anxin.records.domain.RecordPeriod;
import academy.anxin.records.domain.ServiceRecord;
import academy.anxin.web.http.Download;
import academy.anxin.web.http.FileServlet;
import academy.anxin.web.security.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * The files of service records (login required by web.xml for /app/*):
 * <ul>
 *   <li>{@code app/service-record.csv?org=N}: the caller's own record; with {@code &person=M}, a member's record for
 *       the organization's admins;</li>
 *   <li>{@code app/org/service-records.csv} and {@code .xlsx} {@code ?org=N&from=YYYY-MM&to=YYYY-MM}: the
 *       organization's records, one row per volunteer per month, for its admins;</li>
 *   <li>{@code app/record-certificate.pdf?number=...}: a certificate, to its volunteer and the issuing admins.</li>
 * </ul>
 * Anything not the caller's to see is 403.
 */
@WebServlet({"/app/service-record.csv", "/app/org/service-records.csv", "/app/org/service-records.xlsx",
        "/app/record-certificate.pdf"})
public class RecordFileServlet extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient ServiceRecords records;

    @Inject
    transient ServiceCertificates certificates;

    @Inject
    transient Workbooks workbooks;

    @Inject
    transient RecordTexts words;

    @Override
    protected Download file(HttpServletRequest request) {
        return switch (request.getServletPath()) {
            case "/app/service-record.csv" -> refusedAs403(() -> record(request));
            case "/app/record-certificate.pdf" -> refusedAs403(() -> Download.attachment(
                    "service-certificate-" + request.getParameter("number") + ".pdf", "application/pdf",
                    certificates.pdf(Callers.of(request), String.valueOf(request.getParameter("number")))));
            default -> refusedAs403(() -> organizationExport(request));
        };
    }

    private Download record(HttpServletRequest request) {
        long org = number(request.getParameter("org"));
        String person = request.getParameter("person");
        ServiceRecord record = person == null
                ? records.mine(Callers.of(request), org, RecordPeriod.ALL)
                : records.of(Callers.of(request), org, number(person), RecordPeriod.ALL);
        ExportTable table = RecordFiles.record(record, words::label, words::title);
        return Download.attachment("service-record-" + record.basics().volunteerNumber() + ".csv",
                "text/csv; charset=UTF-8", table.csv().getBytes(StandardCharsets.UTF_8));
    }

    private Download organizationExport(HttpServletRequest request) {
        long org = number(request.getParameter("org"));
        YearMonth from = month(request.getParameter("from"));
        YearMonth to = month(request.getParameter("to"));
        RecordPeriod period;
        try {
            period = new RecordPeriod(from == null ? null : from.atDay(1), to == null ? null : to.atEndOfMonth());
        } catch (DomainException reversed) {
            throw NoFile.badRequest();
        }
        ExportTable table = RecordFiles.months(records.months(Callers.of(request), org, period), words::label);
        String name = "service-records-" + org + (from == null ? "" : "-" + from) + (to == null ? "" : "-" + to);
        if (request.getServletPath().endsWith(".xlsx")) {
            return Download.attachment(name + ".xlsx", XLSX, workbooks.xlsx(table));
        }
        return Download.attachment(name + ".csv", "text/csv; charset=UTF-8",
                table.csv().getBytes(StandardCharsets.UTF_8));
    }

    private static Download refusedAs403(Supplier<Download> file) {
        try {
            return file.get();
        } catch (AccessDenied denied) {
            throw NoFile.forbidden();
        }
    }

    private static long number(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            throw NoFile.badRequest();
        }
        return Long.parseLong(text);
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw NoFile.badRequest();
        }
    }
}
