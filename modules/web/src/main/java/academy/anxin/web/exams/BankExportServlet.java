package academy.anxin.web.exams;

import academy.anxin.assessment.application.ExamImport;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.web.http.Download;
import academy.anxin.web.http.FileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** admin/exam-bank.xml?exam=&amp;lang=: an exam's current bank as Moodle XML (platform admins only, by web.xml). */
@WebServlet("/admin/exam-bank.xml")
public class BankExportServlet extends FileServlet {

    private static final Pattern EXAM_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    @Inject
    transient ExamImport examImport;

    @Override
    protected Download file(HttpServletRequest request) {
        String exam = request.getParameter("exam");
        Language language = "en".equals(request.getParameter("lang")) ? Language.EN : Language.ZH;
        if (exam == null || !EXAM_CODE.matcher(exam).matches()) {
            throw NoFile.badRequest();
        }
        String xml;
        try {
            xml = examImport.exportMoodle(exam, language);
        } catch (DomainException unknown) {
            throw NoFile.notFound();
        }
        return Download.attachment(exam + "-" + language.name().toLowerCase(Locale.ROOT) + ".moodle.xml",
                "application/xml; charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8));
    }
}
