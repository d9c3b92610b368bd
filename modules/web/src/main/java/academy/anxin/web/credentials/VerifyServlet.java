package academy.anxin.web.credentials;

import academy.anxin.credentials.application.Proofs;
import academy.anxin.credentials.domain.CredentialNumber;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * verify/{number}: the address printed on a credential and in its QR code, shown by verify.xhtml;
 * verify/{number}/qr.svg: the QR code itself, pointing back at the first.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Proofs proofs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.endsWith("/qr.svg")) {
            String number = path.substring(0, path.length() - "/qr.svg".length());
            if (!CredentialNumber.isValid(number)) {
                response.sendError(404);
                return;
            }
            response.setContentType("image/svg+xml");
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.getWriter().write(proofs.qrSvg(CredentialNumber.parse(number).text()));
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
