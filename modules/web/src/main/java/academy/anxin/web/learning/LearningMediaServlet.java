package academy.anxin.web.learning;

import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.application.MediaFile;
import academy.anxin.learning.application.Study;
import academy.anxin.web.http.Download;
import academy.anxin.web.http.FileServlet;
import academy.anxin.web.security.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A course's media and captions, for the lesson player, only to volunteers enrolled in that course version
 * (web.xml requires login for {@code /learning/*}):
 * {@code /learning/media/L1-PFA/1/media/calming-guide.mp3} and {@code /learning/captions/L1-PFA/1/calming-guide/zh.vtt}.
 * Anything else, and anything not theirs, is a 404.
 */
@WebServlet("/learning/*")
public class LearningMediaServlet extends FileServlet {

    /** A course version's files never change, so the player may keep them for a lesson's length and more. */
    private static final Duration KEPT = Duration.ofHours(1);

    @Inject
    transient Study study;

    @Override
    protected Download file(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/", 5);
        if (parts.length < 5 || !parts[3].matches("\\d{1,6}")) {
            throw NoFile.notFound();
        }
        Caller caller = Callers.find(request).orElseThrow(NoFile::notFound);
        int version = Integer.parseInt(parts[3]);
        if ("media".equals(parts[1])) {
            MediaFile media = study.media(caller, parts[2], version, parts[4]).orElseThrow(NoFile::notFound);
            return Download.inline(media.contentType(), media.bytes(), KEPT);
        }
        if ("captions".equals(parts[1]) && parts[4].matches("[a-z0-9-]{1,60}/(zh|en)\\.vtt")) {
            String[] lessonAndLanguage = parts[4].split("/");
            String captions = study.captions(caller, parts[2], version, lessonAndLanguage[0],
                    Language.fromTag(lessonAndLanguage[1].substring(0, 2))).orElseThrow(NoFile::notFound);
            return Download.inline("text/vtt; charset=UTF-8", captions.getBytes(StandardCharsets.UTF_8), KEPT);
        }
        throw NoFile.notFound();
    }
}
