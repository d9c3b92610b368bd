package academy.anxin.web.exams;

import academy.anxin.assessment.application.BankReview;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.http.ErrorPage;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/exam-drafts.xhtml?exam= (platform admins only, by web.xml): the questions of one exam brought in from other
 * banks, waiting as drafts; the admin reads them and activates the chosen ones.
 */
@Named
@ViewScoped
public class ExamDraftsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BankReview review;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private String exam;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private transient List<BankReview.Draft> drafts;

    public void load() throws IOException {
        try {
            drafts = review.drafts(exam == null ? "" : exam);
        } catch (DomainException unknown) {
            ErrorPage.answer(404, texts.text("assessment.exam.unknown", exam));
        }
    }

    public void activate() {
        List<Long> ids = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        try {
            int activated = review.activate(exam, ids, currentUser.caller().actor());
            texts.info(texts.text("examDrafts.activated", activated));
            chosen.clear();
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
        drafts = null;
    }

    public List<BankReview.Draft> getDrafts() {
        if (drafts == null) {
            drafts = review.drafts(exam);
        }
        return drafts;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public String getExam() {
        return exam;
    }

    public void setExam(String exam) {
        this.exam = exam;
    }
}
