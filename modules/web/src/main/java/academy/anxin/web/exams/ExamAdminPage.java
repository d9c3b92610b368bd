package academy.anxin.web.exams;

import academy.anxin.assessment.application.BankReport;
import academy.anxin.assessment.application.ExamImport;
import academy.anxin.assessment.application.ExamStartup;
import academy.anxin.assessment.application.ExamCatalog;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/exams.xhtml (platform admins only, by web.xml): the exams and their banks, import of the platform's own
 * banks and of Moodle XML or GIFT banks into one exam, export as Moodle XML, and the way to item statistics.
 */
@Named
@ViewScoped
public class ExamAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExamImport examImport;

    @Inject
    transient ExamStartup configured;

    @Inject
    transient ExamCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private String exam;
    private String format = ExamImport.Format.MOODLE_XML.name();
    private String language = "zh";
    private String prefix;
    private transient Part upload;
    private BankReport report;

    public List<ExamCatalog.ExamRow> getExams() {
        return catalog.rows();
    }

    public void importConfigured() {
        reported(configured.importConfigured(currentUser.caller().actor()));
    }

    public void importBank() {
        if (upload == null || upload.getSize() == 0) {
            texts.error("bank:file", texts.text("content.upload.missing"));
            return;
        }
        if (upload.getSize() > ExamImport.LARGEST_BANK) {
            texts.error("bank:file", texts.text("assessment.bank.tooLarge", ExamImport.LARGEST_BANK / 1024 / 1024));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            reported(examImport.importBank(exam, ExamImport.Format.valueOf(format), in.readAllBytes(),
                    Language.fromTag(language), prefix, currentUser.caller().actor()));
        } catch (IOException unreadable) {
            texts.error("bank:file", texts.text("content.upload.unreadable"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of("exam", "bank:exam", "prefix", "bank:prefix", "file", "bank:file"));
        }
    }

    private void reported(BankReport result) {
        report = result;
        if (!result.succeeded()) {
            texts.error(null, texts.text("content.refused", result.problems().size()));
        } else {
            texts.info(texts.text("examAdmin.imported", result.added().size(), result.unchanged(),
                    result.unsupported().size()));
        }
    }

    public BankReport getReport() {
        return report;
    }

    public String getExam() {
        return exam;
    }

    public void setExam(String exam) {
        this.exam = exam;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
