package academy.anxin.web.learning;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.learning.application.CourseOutline;
import academy.anxin.learning.application.Study;
import academy.anxin.web.http.ErrorPage;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** course.xhtml?code=L1-PFA: a course's syllabus, prerequisites, progress bar and the way in (start or resume). */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    Study study;

    @Inject
    CurrentUser currentUser;

    private String code;
    private CourseOutline outline;

    /** f:viewAction: an unknown course is a 404 page, not an error. */
    public void load() throws IOException {
        try {
            outline = study.outline(code == null ? "" : code, currentUser.personId());
        } catch (DomainException unknown) {
            ErrorPage.answer(404, unknown.messageKey());
        }
    }

    public CourseOutline getOutline() {
        return outline;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
