package academy.anxin.web.services;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public addresses of the directory: {@code /help} (with its search in the query) shows help.xhtml,
 * {@code /help/check/{id}}, the address the "verified by the platform" mark links to, shows help-check.xhtml,
 * {@code /help/feedback/{id}}, what a listed organization's feedback link and QR code open, shows
 * help-feedback.xhtml, and {@code /help/feedback/{id}/qr.svg} is that QR code (for a listed organization only).
 */
@WebServlet("/help/*")
public class HelpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern CHECK = Pattern.compile("/check/([0-9]{1,18})");
    private static final Pattern FEEDBACK = Pattern.compile("/feedback/([0-9]{1,18})");
    private static final Pattern FEEDBACK_QR = Pattern.compile("/feedback/([0-9]{1,18})/qr\\.svg");

    @Inject
    transient FeedbackLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Matcher m;
        if ("/".equals(path)) {
            request.getRequestDispatcher("/help.xhtml").forward(request, response);
        } else if ((m = CHECK.matcher(path)).matches()) {
            request.getRequestDispatcher("/help-check.xhtml?id=" + m.group(1)).forward(request, response);
        } else if ((m = FEEDBACK.matcher(path)).matches()) {
            request.getRequestDispatcher("/help-feedback.xhtml?id=" + m.group(1)).forward(request, response);
        } else if ((m = FEEDBACK_QR.matcher(path)).matches()) {
            Optional<String> svg = links.qrSvg(Long.parseLong(m.group(1)));
            if (svg.isEmpty()) {
                response.sendError(404);
                return;
            }
            response.setContentType("image/svg+xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("Content-Disposition", "inline; filename=\"feedback-" + m.group(1) + ".svg\"");
            response.getOutputStream().write(svg.get().getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(404);
        }
    }
}
