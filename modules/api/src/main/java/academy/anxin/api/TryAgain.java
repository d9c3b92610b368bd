package academy.anxin.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
    private static final byte[] BODY = Unavailable.problem(CODE, DETAIL);

    private TryAgain() {
    }

    /** The problem's JSON, UTF-8. */
    public static byte[] json() {
        return BODY.clone();
    }

    /** Writes the whole answer on a servlet response that nothing has been committed on. */
    public static void write(HttpServletResponse response) throws IOException {
        Unavailable.write(response, BODY, RETRY_AFTER);
    }
}
