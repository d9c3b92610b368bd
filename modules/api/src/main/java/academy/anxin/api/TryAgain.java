package academy.anxin.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer to a request whose write lost to another at the same moment (kernel's {@code WriteConflict}: a
 * deadlock, a Galera certification failure, a lock wait that ran out): its transaction was rolled back whole, so
 * nothing of it is stored, and the same request sent again succeeds. 503 with {@code Retry-After: 1}, as an RFC
 * 9457 problem like {@link Unavailable}'s, so that a client that already retries an unavailable service retries
 * this too; not 409, which says the request itself conflicts with the resource and sending it again will not help.
 */
public final class TryAgain {

    public static final int STATUS = 503;
    public static final String CODE = "database.conflict";
    public static final String RETRY_AFTER = "1";
    private static final String DETAIL = "Another change was being written at the same moment; nothing of this request"
            + " was stored. Send it again. / 同一时刻另有修改正在写入，本次请求的内容均未保存，请重新发送。";
    private static final byte[] BODY = body();

    private TryAgain() {
    }

    /** The problem's JSON, UTF-8. */
    public static byte[] json() {
        return BODY.clone();
    }

    private static byte[] body() {
        ByteArrayOutputStream json = new ByteArrayOutputStream(512);
        try (JsonGenerator out = Json.createGeneratorFactory(Map.of()).createGenerator(json, StandardCharsets.UTF_8)) {
            out.writeStartObject()
                    .write("type", "about:blank")
                    .write("title", "Service Unavailable")
                    .write("status", STATUS)
                    .write("detail", DETAIL)
                    .write("code", CODE)
                    .write("message", DETAIL)
                    .writeEnd();
        }
        return json.toByteArray();
    }

    /** Writes the whole answer on a servlet response that nothing has been committed on. */
    public static void write(HttpServletResponse response) throws IOException {
        response.setStatus(STATUS);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Unavailable.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
