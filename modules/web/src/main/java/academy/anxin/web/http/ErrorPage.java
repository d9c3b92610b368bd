package academy.anxin.web.http;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Answers the page being built with an error status instead (403 for what the reader may not see, 404 for what is
 * not there): the container then shows error.xhtml (web.xml's error pages) with the message, and JSF renders
 * nothing more. For a page's {@code f:viewAction}.
 * <pre>{@code
 * public void load() throws IOException {   // micro-lesson.xhtml?code=M-001
 *     lesson = catalog.microLesson(code).orElse(null);
 *     if (lesson == null) {
 *         ErrorPage.answer(404, "micro-lesson");
 *     }
 * }
 * }</pre>
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    /** Sends {@code status} with {@code message} and ends this request's JSF life cycle. */
    public static void answer(int status, String message) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, message);
        faces.responseComplete();
    }
}
