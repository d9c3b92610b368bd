package academy.anxin.web.exams;

import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.security.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * POST app/exam-answer: the attempt page saves each answer here the moment it is given (login required by
 * web.xml for /app/*). Cross-site requests are refused: the page sends a header that a form on another site
 * cannot, and a browser sends another site's script only after a preflight this server never grants. Answers
 * are JSON-free form fields: {@code attempt}, {@code position}, {@code answer} (shown option indices, "2,0").
 * The answer is {@code {"state": ...}}: saved (200), closed or paused (409), unknown (404), invalid (400).
 */
@WebServlet("/app/exam-answer")
public class ExamAnswerServlet extends HttpServlet {

    static final String HEADER = "X-Anxin-Autosave";
    private static final long serialVersionUID = 1L;

    @Inject
    transient ExamSitting sitting;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        if (request.getHeader(HEADER) == null || !sameOrigin(request)) {
            reply(response, 403, "forbidden");
            return;
        }
        long attempt;
        int position;
        List<Integer> answer;
        try {
            attempt = Long.parseLong(request.getParameter("attempt"));
            position = Integer.parseInt(request.getParameter("position"));
            String given = request.getParameter("answer");
            if (given == null || given.length() > 40) {
                throw new NumberFormatException();
            }
            answer = shownIndices(given);
        } catch (NumberFormatException malformed) {
            reply(response, 400, "invalid");
            return;
        }
        try {
            Instant saved = sitting.save(Callers.of(request), attempt, position, answer);
            reply(response, 200, "saved\",\"savedAt\":\"" + saved);
        } catch (DomainException refused) {
            switch (refused.messageKey()) {
                case "assessment.attempt.deadlinePassed", "assessment.attempt.closed" -> reply(response, 409, "closed");
                // a break was begun (perhaps in another window): nothing is saved until the volunteer resumes
                case "assessment.attempt.paused" -> reply(response, 409, "paused");
                case "assessment.attempt.unknown" -> reply(response, 404, "unknown");
                default -> reply(response, 400, "invalid");
            }
        }
    }

    /** The page's answer field, "2,0": the shown options' indices, comma-separated; empty for no answer yet. */
    private static List<Integer> shownIndices(String given) {
        List<Integer> indices = new ArrayList<>();
        if (!given.isBlank()) {
            for (String index : given.split(",")) {
                indices.add(Integer.parseInt(index.trim()));
            }
        }
        return indices;
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static void reply(HttpServletResponse response, int status, String state) throws IOException {
        response.setStatus(status);
        response.getWriter().write("{\"state\":\"" + state + "\"}");
    }
}
