package academy.anxin.web.exams;

import academy.anxin.assessment.application.AttemptResult;
import academy.anxin.assessment.application.AttemptSheet;
import academy.anxin.assessment.application.ExamCard;
import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.http.ErrorPage;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The logged-in volunteer's way through an exam, for the three exam pages: the exams to sit (app/exams.xhtml), the
 * open attempt (app/exam.xhtml) and its result (app/exam-result.xhtml). An attempt has one page for each state:
 * asked for on the other one, the volunteer is sent to the right one; an attempt that is not theirs, or none, is a
 * 404. A refusal (no attempts left, a cooldown, a submission past the deadline) is shown on the page that asked.
 */
@RequestScoped
public class ExamFlow {

    @Inject
    ExamSitting sitting;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    public List<ExamCard> overview() {
        return sitting.overview(currentUser.caller());
    }

    /** Starts (or resumes) an exam: the outcome to its open attempt, or null to stay and read why not. */
    public String start(String code) {
        return orStay(() -> "/app/exam?faces-redirect=true&attempt=" + sitting.start(currentUser.caller(), code));
    }

    /** The open attempt's sheet; empty when the volunteer has been sent on (to the result, or a 404). */
    public Optional<AttemptSheet> sheet(Long attempt) throws IOException {
        try {
            Optional<AttemptSheet> open = sitting.sheet(currentUser.caller(), attempt == null ? -1 : attempt);
            if (open.isEmpty()) {
                redirect("/app/exam-result.xhtml?attempt=" + attempt);
            }
            return open;
        } catch (DomainException unknown) {
            ErrorPage.answer(404, texts.text("exam.unknownAttempt"));
            return Optional.empty();
        }
    }

    /** Submits the attempt: the outcome to its result, or null to stay and read why not. */
    public String submit(Long attempt) {
        return orStay(() -> {
            sitting.submit(currentUser.caller(), attempt);
            return "/app/exam-result?faces-redirect=true&attempt=" + attempt;
        });
    }

    /** Stops the attempt's clock for a break: the outcome to the attempt (now showing the break), or null with why not. */
    public String pause(Long attempt) {
        return orStay(() -> {
            sitting.pause(currentUser.caller(), attempt);
            return "/app/exam?faces-redirect=true&attempt=" + attempt;
        });
    }

    /** Ends the break: the outcome to the attempt's questions, saying the clock runs again. */
    public String resume(Long attempt) {
        return orStay(() -> {
            sitting.resume(currentUser.caller(), attempt);
            return "/app/exam?faces-redirect=true&resumed=true&attempt=" + attempt;
        });
    }

    /** The closed attempt's result; empty when the volunteer has been sent on (to the open sheet, or a 404). */
    public Optional<AttemptResult> result(Long attempt) throws IOException {
        try {
            return Optional.of(sitting.result(currentUser.caller(), attempt == null ? -1 : attempt));
        } catch (DomainException refused) {
            if ("assessment.attempt.stillOpen".equals(refused.messageKey())) {
                redirect("/app/exam.xhtml?attempt=" + attempt);
            } else {
                ErrorPage.answer(404, texts.text("exam.unknownAttempt"));
            }
            return Optional.empty();
        }
    }

    /** The outcome of a step that may be refused; refused, null (stay on the page) with the reason shown. */
    private String orStay(Supplier<String> step) {
        try {
            return step.get();
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
            return null;
        }
    }

    private static void redirect(String page) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }
}
