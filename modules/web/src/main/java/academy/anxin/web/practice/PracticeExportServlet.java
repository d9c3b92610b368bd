package academy.anxin.web.practice;

import academy.anxin.identity.application.Caller;
import academy.anxin.practice.application.PracticeLog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** app/practice-log.csv: the volunteer's own practice log as CSV (login required by web.xml for /app/*). */
@WebServlet("/app/practice-log.csv")
public class PracticeExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = new Caller(Long.parseLong(request.getUserPrincipal().getName()), request.getRemoteAddr());
        byte[] csv = log.csv(caller).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"practice-log.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        // the byte-order mark makes spreadsheet programs read the Chinese text as UTF-8
        response.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        response.getOutputStream().write(csv);
    }
}
