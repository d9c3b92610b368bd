package academy.anxin.api.wellknown;

import academy.anxin.credentials.application.Proofs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /.well-known/jwks.json}: the public keys that sign credentials and status lists, retired ones
 * included so that what they signed still verifies (RFC 7517 JWK Set). Public and cacheable for five minutes: a
 * new key signs only after rotation, and a verifier that meets an unknown {@code kid} fetches the set again.
 * Any origin may read it, as offline verifiers in browsers need to.
 *
 * <p>A servlet rather than a JAX-RS resource because the address is fixed by convention (RFC 8615) outside
 * {@code /api}, where the JAX-RS application is mounted. It lives in this module's jar inside the WAR, where the
 * container finds it by its annotation as it finds {@code VerificationServlet}.
 */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Proofs proofs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = proofs.jwks().getBytes(StandardCharsets.UTF_8);
        // RFC 7517 §8.5 registers application/jwk-set+json; plain JSON is what most clients expect, and both parse
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
