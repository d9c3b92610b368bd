package academy.anxin.web.learning;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.MicroLessonView;
import academy.anxin.web.http.ErrorPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** micro-lessons.xhtml (all, today's first) and micro-lesson.xhtml?code=M-001 (one). Public. */
@Named
@RequestScoped
public class MicroLessonPage {

    @Inject
    Catalog catalog;

    private String code;
    private MicroLessonView lesson;

    public void load() throws IOException {
        lesson = catalog.microLesson(code == null ? "" : code).orElse(null);
        if (lesson == null) {
            ErrorPage.answer(404, "micro-lesson");
        }
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
