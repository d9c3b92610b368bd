package academy.anxin.web.records;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * verify/record/{number}: the address printed on a service record certificate and in its QR code, shown by
 * verify-record.xhtml. (A longer path than credentials' verify/*, so the container gives it here.)
 */
@WebServlet("/verify/record/*")
public class RecordVerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String number = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (number.length() > 40 || number.contains("/")) {
            response.sendError(404);
            return;
        }
        request.getRequestDispatcher("/verify-record.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
