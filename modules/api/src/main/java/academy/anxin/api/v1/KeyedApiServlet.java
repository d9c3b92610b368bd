package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.api.TryAgain;
import academy.anxin.api.Unavailable;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.identity.application.ApiKeyService;
import academy.anxin.identity.application.RateLimits;
import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.WriteConflict;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the API's POST servlets for case-assignment services share: POST only (a JSON 405 otherwise), an
 * organization's API key (401) and its rate (429), JSON answers written with JSON-P, and a failure answered as the
 * rest of the API answers it (503 during a database outage, else a logged 500). Each servlet says what its body is
 * and how it answers ({@link #answer}).
 */
abstract class KeyedApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "bearer ";
    /**
     * The answers are written with JSON-P rather than bound by JSON-B: binding a record graph hashed every record
     * on the way (JSON-B's cycle check), an eighth of a verification call. Created once; thread-safe.
     */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Inject
    transient ApiKeyService apiKeys;

    @Inject
    transient RateLimits rateLimits;

    @Inject
    transient DatabaseOutage outage;

    /** The call, once the method is POST; a runtime failure is answered by {@link #doPost}. */
    protected abstract void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** Anything but POST: a JSON 405 naming the method to use, as the rest of the API answers. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            super.service(request, response);
            return;
        }
        response.setHeader("Allow", "POST");
        reply(response, 405, new ApiProblem("http.405", "use POST / 请使用 POST"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (RuntimeException failure) {
            if (outage.noteFailure(failure)) {
                if (!response.isCommitted()) {
                    response.reset();
                    Unavailable.write(response);
                }
                return;
            }
            if (WriteConflict.isConflict(failure)) {
                // rolled back whole: nothing stored, and the same call again succeeds
                if (!response.isCommitted()) {
                    response.reset();
                    TryAgain.write(response);
                }
                return;
            }
            Logger.getLogger(getClass().getName()).log(Level.SEVERE, request.getRequestURI() + " failed", failure);
            if (!response.isCommitted()) {
                response.reset();
                reply(response, 500, new ApiProblem("internal", "internal error; it has been logged"));
            }
        }
    }

    /** The caller by the request's API key; or empty, with the 401 written. */
    protected Optional<ApiClient> caller(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String authorization = request.getHeader("Authorization");
        Optional<ApiClient> known = apiKeys.authenticate(bearer(authorization));
        if (known.isEmpty()) {
            response.setHeader("WWW-Authenticate", authorization == null ? "Bearer realm=\"anxin\""
                    : "Bearer realm=\"anxin\", error=\"invalid_token\"");
            reply(response, 401, new ApiProblem("auth.apiKey", "a valid API key is required: Authorization: Bearer "
                    + "<key> / 需要有效的 API 密钥"));
        }
        return known;
    }

    /**
     * Whether the key is within its rate; if not, {@code refused} is told (to record the call) and the 429 with
     * Retry-After is written.
     */
    protected boolean withinRate(ApiClient client, HttpServletResponse response, Runnable refused)
            throws IOException {
        long wait = rateLimits.take(client.keyId(), client.perMinute(), System.nanoTime());
        if (wait <= 0) {
            return true;
        }
        refused.run();
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait)));
        reply(response, 429, new ApiProblem("rate.limited", "over this key's " + client.perMinute()
                + " calls a minute; retry after " + Math.max(1, wait) + " s / 超出调用频率限制"));
        return false;
    }

    static void reply(HttpServletResponse response, int status, ApiProblem problem) throws IOException {
        reply(response, status, out -> out.writeStartObject().write("code", problem.code())
                .write("message", problem.message()).writeEnd());
    }

    static void reply(HttpServletResponse response, int status, Consumer<JsonGenerator> body) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = JSON.createGenerator(json, StandardCharsets.UTF_8)) {
            body.accept(out);
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.size());
        json.writeTo(response.getOutputStream());
    }

    /** The key from {@code Authorization: Bearer <key>} (scheme in any case, RFC 7235); null when there is none. */
    static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }
}
