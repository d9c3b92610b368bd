package academy.anxin.web.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet that answers GET with one file: the subclass says which file the request asks for, this sends it, or
 * the error status that says why there is none (the container then shows the friendly error page).
 * <pre>{@code
 * @WebServlet("/app/practice-log.csv")
 * public class PracticeExportServlet extends FileServlet {
 *
 *     @Inject
 *     transient PracticeLog log;
 *
 *     @Override
 *     protected Download file(HttpServletRequest request) {
 *         return Download.attachment("practice-log.csv", "text/csv; charset=UTF-8", csvOf(Callers.of(request)));
 *     }
 * }
 * }</pre>
 */
public abstract class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download file;
        try {
            file = file(request);
        } catch (NoFile none) {
            response.sendError(none.status);
            return;
        }
        file.send(response);
    }

    /** The file this request asks for; {@link NoFile} when there is none to send. */
    protected abstract Download file(HttpServletRequest request);

    /** There is no file for this request: answered with its status, without a stack trace (nothing went wrong). */
    protected static final class NoFile extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;

        private NoFile(int status) {
            super("HTTP " + status, null, false, false);
            this.status = status;
        }

        /** 404: nothing at this address for this person (unknown, or not theirs to see). */
        public static NoFile notFound() {
            return new NoFile(HttpServletResponse.SC_NOT_FOUND);
        }

        /** 403: the file is there, but not this person's to see (another's service record). */
        public static NoFile forbidden() {
            return new NoFile(HttpServletResponse.SC_FORBIDDEN);
        }

        /** 400: the address itself is malformed. */
        public static NoFile badRequest() {
            return new NoFile(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
