package academy.anxin.web.learning;

import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.application.Study;
import academy.anxin.learning.domain.Courses;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A course's media and captions, for the lesson player, only to volunteers enrolled in that course version
 * (web.xml requires login for {@code /learning/*}):
 * {@code /learning/media/L1-PFA/1/media/calming-guide.mp3} and {@code /learning/captions/L1-PFA/1/calming-guide/zh.vtt}.
 */
@WebServlet("/learning/*")
public class LearningMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Study study;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/", 5);
        if (request.getUserPrincipal() == null || parts.length < 5 || !parts[3].matches("\\d{1,6}")) {
            response.sendError(404);
            return;
        }
        Caller caller = new Caller(Long.parseLong(request.getUserPrincipal().getName()), request.getRemoteAddr());
        int version = Integer.parseInt(parts[3]);
        response.setHeader("Cache-Control", "private, max-age=3600");
        if ("media".equals(parts[1])) {
            Optional<Courses.MediaFile> media = study.media(caller, parts[2], version, parts[4]);
            if (media.isEmpty()) {
                response.sendError(404);
                return;
            }
            response.setContentType(media.get().contentType());
            response.setContentLength(media.get().bytes().length);
            response.getOutputStream().write(media.get().bytes());
        } else if ("captions".equals(parts[1]) && parts[4].matches("[a-z0-9-]{1,60}/(zh|en)\\.vtt")) {
            String[] lessonAndLanguage = parts[4].split("/");
            Optional<String> captions = study.captions(caller, parts[2], version, lessonAndLanguage[0],
                    Language.fromTag(lessonAndLanguage[1].substring(0, 2)));
            if (captions.isEmpty()) {
                response.sendError(404);
                return;
            }
            response.setContentType("text/vtt; charset=UTF-8");
            response.getOutputStream().write(captions.get().getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(404);
        }
    }
}
