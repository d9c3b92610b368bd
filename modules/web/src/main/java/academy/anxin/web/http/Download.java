package academy.anxin.web.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A file answered to a browser: its bytes, its content type, the name it is saved under (if it is saved rather
 * than shown), and how long the browser may keep it. Every file the platform sends from a servlet is private to
 * the person who asked (their practice log, an exam bank, the media of a course they are enrolled in), so shared
 * caches never store one: {@code Cache-Control} is always {@code private}.
 * <pre>{@code
 * // saved by the browser, kept nowhere
 * Download.attachment("practice-log.csv", "text/csv; charset=UTF-8", csv).send(response);
 * // shown in the page (a lesson's audio), kept by this browser for an hour
 * Download.inline(media.contentType(), media.bytes(), Duration.ofHours(1)).send(response);
 * }</pre>
 *
 * <p>The name goes into {@code Content-Disposition} both ways RFC 6266 asks for: {@code filename*=UTF-8''...}
 * (RFC 8187, formerly 5987) for browsers, which keeps a Chinese name as it is, and a plain {@code filename="..."}
 * with anything outside printable ASCII replaced, for clients that read only that.
 */
public final class Download {

    private static final String HEX = "0123456789ABCDEF";

    private final String fileName;
    private final String contentType;
    private final byte[] bytes;
    private final String cacheControl;

    private Download(String fileName, String contentType, byte[] bytes, String cacheControl) {
        this.fileName = fileName;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.cacheControl = cacheControl;
    }

    /** A file the browser saves under {@code fileName}; no cache keeps it ({@code private, no-store}). */
    public static Download attachment(String fileName, String contentType, byte[] bytes) {
        return new Download(Objects.requireNonNull(fileName, "fileName"), contentType, bytes, "private, no-store");
    }

    /** A file the page shows (media, captions); only this browser may keep it, for {@code maxAge}. */
    public static Download inline(String contentType, byte[] bytes, Duration maxAge) {
        return new Download(null, contentType, bytes, "private, max-age=" + maxAge.toSeconds());
    }

    /** Writes the headers and the bytes. */
    public void send(HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        if (fileName != null) {
            response.setHeader("Content-Disposition", contentDisposition(fileName));
        }
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded} (RFC 6266 §4.3). */
    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    /** Printable ASCII stays; a quote, a backslash and anything else become '_' (never an escape to get wrong). */
    private static String asciiFallback(String fileName) {
        StringBuilder fallback = new StringBuilder(fileName.length());
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return fallback.toString();
    }

    /** RFC 8187 §3.2.1: attr-char as it is, every other UTF-8 byte as %XX. */
    private static String encoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0x0F));
            }
        }
        return encoded.toString();
    }
}
