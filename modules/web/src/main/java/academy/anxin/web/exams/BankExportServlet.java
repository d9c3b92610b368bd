package academy.anxin.web.exams;

import academy.anxin.assessment.application.ExamImport;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** admin/exam-bank.xml?exam=&amp;lang=: an exam's current bank as Moodle XML (platform admins only, by web.xml). */
@WebServlet("/admin/exam-bank.xml")
public class BankExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExamImport examImport;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String exam = request.getParameter("exam");
        Language language = "en".equals(request.getParameter("lang")) ? Language.EN : Language.ZH;
        if (exam == null || !exam.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            response.sendError(400);
            return;
        }
        String xml;
        try {
            xml = examImport.exportMoodle(exam, language);
        } catch (DomainException unknown) {
            response.sendError(404);
            return;
        }
        response.setContentType("application/xml; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + exam + "-" + language.name()
                .toLowerCase(java.util.Locale.ROOT) + ".moodle.xml\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    }
}
