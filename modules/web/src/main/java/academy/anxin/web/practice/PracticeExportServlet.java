package academy.anxin.web.practice;

import academy.anxin.practice.application.PracticeLog;
import academy.anxin.web.http.Download;
import academy.anxin.web.http.FileServlet;
import academy.anxin.web.security.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;

/** app/practice-log.csv: the volunteer's own practice log as CSV (login required by web.xml for /app/*). */
@WebServlet("/app/practice-log.csv")
public class PracticeExportServlet extends FileServlet {

    /** The byte-order mark makes spreadsheet programs read the Chinese text as UTF-8. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @Inject
    transient PracticeLog log;

    @Override
    protected Download file(HttpServletRequest request) {
        String csv = BYTE_ORDER_MARK + log.csv(Callers.of(request));
        return Download.attachment("practice-log.csv", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
    }
}
