package academy.anxin.web.learning;

import academy.anxin.learning.application.ContentImport;
import academy.anxin.learning.application.ImportReport;
import academy.anxin.learning.application.StartupImport;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * admin/content.xhtml: the platform admin imports content, from the configured source or as an uploaded zip,
 * and reads the report: what was added, or every problem with file, line and field (and nothing written).
 */
@Named
@ViewScoped
public class ContentAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentImport contentImport;

    @Inject
    StartupImport configured;

    @Inject
    transient academy.anxin.assessment.application.ExamStartup examStartup;

    @Inject
    transient academy.anxin.credentials.application.TierRules tierRules;

    @Inject
    transient academy.anxin.credentials.application.CaseRulesInForce caseRules;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private transient Part upload;
    private ImportReport report;

    /** The curriculum, then the exam banks and the tier rules from the same source, as at start-up. */
    public void importConfigured() {
        configured.importConfigured(currentUser.caller().actor()).ifPresentOrElse(this::reported,
                () -> texts.error(null, texts.text("content.noSource")));
        var exams = examStartup.importConfigured(currentUser.caller().actor());
        if (exams.succeeded()) {
            texts.info(texts.text("content.examsImported", exams.added().size(), exams.unchanged()));
        } else {
            texts.error(null, texts.text("content.examsRefused", exams.problems().size()));
        }
        tierRules.reload();
        caseRules.reload();
    }

    public void importUpload() {
        if (upload == null || upload.getSize() == 0) {
            texts.error("upload:file", texts.text("content.upload.missing"));
            return;
        }
        if (upload.getSize() > ContentImport.LARGEST_ZIP) {
            texts.error("upload:file", texts.text("content.upload.tooLarge", ContentImport.LARGEST_ZIP / 1024 / 1024));
            return;
        }
        try (InputStream zip = upload.getInputStream()) {
            reported(contentImport.importZip(zip, currentUser.caller().actor()));
        } catch (IOException unreadable) {
            texts.error("upload:file", texts.text("content.upload.unreadable"));
        }
    }

    private void reported(ImportReport result) {
        report = result;
        if (!result.succeeded()) {
            texts.error(null, texts.text("content.refused", result.problems().size()));
        } else if (result.changed()) {
            texts.info(texts.text("content.imported", result.added().size(), result.unchanged()));
        } else {
            texts.info(texts.text("content.unchanged", result.unchanged()));
        }
    }

    public String getSource() {
        return configured.source();
    }

    public ImportReport getReport() {
        return report;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
