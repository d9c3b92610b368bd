package academy.anxin.api;

import academy.anxin.kernel.platform.DatabaseOutage;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer while the database is unreachable: 503 with {@code Retry-After}, as an RFC 9457 (formerly 7807)
 * problem of type {@code application/problem+json}, which also carries the API's own {@code code} and
 * {@code message} so that clients reading every other API error read this one too.
 */
public final class Unavailable {

    public static final int STATUS = 503;
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String CODE = "database.unavailable";
    public static final String RETRY_AFTER = Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS);
    private static final String DETAIL = "The platform cannot reach its database for the moment; try again in "
            + RETRY_AFTER + " seconds. / 平台暂时无法连接数据库，请在 " + RETRY_AFTER + " 秒后重试。";
    private static final byte[] BODY = problem(CODE, DETAIL);

    private Unavailable() {
    }

    /** The problem's JSON, UTF-8. */
    public static byte[] json() {
        return BODY.clone();
    }

    /** A 503 problem's JSON, UTF-8, with the API's own {@code code} and {@code message}: this one's and TryAgain's. */
    static byte[] problem(String code, String detail) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(512);
        try (JsonGenerator out = Json.createGeneratorFactory(Map.of()).createGenerator(json, StandardCharsets.UTF_8)) {
            out.writeStartObject()
                    .write("type", "about:blank")
                    .write("title", "Service Unavailable")
                    .write("status", STATUS)
                    .write("detail", detail)
                    .write("code", code)
                    .write("message", detail)
                    .writeEnd();
        }
        return json.toByteArray();
    }

    /** Writes the whole answer on a servlet response that nothing has been committed on. */
    public static void write(HttpServletResponse response) throws IOException {
        write(response, BODY, RETRY_AFTER);
    }

    /** Writes a 503 problem ({@link #problem}) with its {@code Retry-After}, never stored by a cache. */
    static void write(HttpServletResponse response, byte[] body, String retryAfter) throws IOException {
        response.setStatus(STATUS);
        response.setHeader("Retry-After", retryAfter);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
