package academy.anxin.web.learning;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.MicroLessonStudy;
import academy.anxin.learning.application.MicroLessonView;
import academy.anxin.web.http.ErrorPage;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * micro-lessons.xhtml (all, today's first) and micro-lesson.xhtml?code=M-001 (one). Public; a signed-in learner
 * may also say they have finished it (a form only they see, so the public's pages start no session).
 */
@Named
@RequestScoped
public class MicroLessonPage {

    @Inject
    Catalog catalog;

    @Inject
    MicroLessonStudy study;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private String code;
    private MicroLessonView lesson;
    private Instant finishedAt;

    public void load() throws IOException {
        lesson = catalog.microLesson(code == null ? "" : code).orElse(null);
        if (lesson == null) {
            ErrorPage.answer(404, "micro-lesson");
            return;
        }
        if (currentUser.isLoggedIn()) {
            finishedAt = study.finishedAt(currentUser.caller().personId(), lesson.code()).orElse(null);
        }
    }

    /** The learner's "finished": the code comes back with the form (the view parameter), the lesson is read anew. */
    public String finish() {
        try {
            finishedAt = study.finish(currentUser.caller(), code);
            texts.info(texts.text("micro.finished.saved"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
        lesson = catalog.microLesson(code == null ? "" : code).orElse(null);
        return null;
    }

    public List<MicroLessonView> getAll() {
        return catalog.microLessons();
    }

    public MicroLessonView getToday() {
        return catalog.microLessonOf(LocalDate.now(PlatformTime.ZONE)).orElse(null);
    }

    public MicroLessonView getLesson() {
        return lesson;
    }

    /** The day, China time, the learner first finished it; null when not (yet) or not signed in. */
    public LocalDate getFinishedOn() {
        return finishedAt == null ? null : finishedAt.atZone(PlatformTime.ZONE).toLocalDate();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
