package academy.anxin.web.credentials;

import academy.anxin.credentials.domain.CredentialNumber;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * verify/{number}: the address printed on a credential and in its QR code, shown by verify.xhtml. The QR code
 * itself is the API's ({@code GET /api/v1/credentials/{number}/qr.svg}); its old address here,
 * verify/{number}/qr.svg, stays on printed and bookmarked pages, so it redirects there for good (301).
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String OLD_QR = "/qr.svg";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.endsWith(OLD_QR)) {
            String number = path.substring(0, path.length() - OLD_QR.length());
            if (!CredentialNumber.isValid(number)) {
                response.sendError(404);
                return;
            }
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/api/v1/credentials/"
                    + CredentialNumber.parse(number).text() + OLD_QR);
            return;
        }
        if (path.length() > 40 || path.contains("/")) {
            response.sendError(404);
            return;
        }
        request.getRequestDispatcher("/verify.xhtml?number=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
