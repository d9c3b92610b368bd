package academy.anxin.web.services;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public addresses of the directory: {@code /help} (with its search in the query) shows help.xhtml and
 * {@code /help/check/{id}}, the address the "verified by the platform" mark links to, shows help-check.xhtml.
 */
@WebServlet("/help/*")
public class HelpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CHECK = "/check/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if ("/".equals(path)) {
            request.getRequestDispatcher("/help.xhtml").forward(request, response);
        } else if (path.startsWith(CHECK) && path.substring(CHECK.length()).matches("[0-9]{1,18}")) {
            request.getRequestDispatcher("/help-check.xhtml?id=" + path.substring(CHECK.length()))
                    .forward(request, response);
        } else {
            response.sendError(404);
        }
    }
}
