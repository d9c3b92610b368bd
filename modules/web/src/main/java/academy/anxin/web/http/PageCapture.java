package academy.anxin.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page's rendering held in memory ({@link PublicPages}), with what the rendering said about itself: the headers
 * it set (passed on as usual and noted, so that a kept page can carry them again), whether it set a cookie, its
 * language. Nothing reaches the client before {@link #sendAsRendered()}.
 */
final class PageCapture extends HttpServletResponseWrapper {

    /** A header the rendering set, in order. */
    record Header(String name, String value) {
    }

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private final List<Header> headers = new ArrayList<>();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean cookieSet;
    private Locale locale;

    PageCapture(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("held in memory");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, charset()));
        }
        return writer;
    }

    // the length is set when the page goes out; nothing is committed before
    @Override
    public void setContentLength(int length) {
    }

    @Override
    public void setContentLengthLong(long length) {
    }

    @Override
    public void flushBuffer() {
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
        headers.clear();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            headers.removeIf(h -> h.name().equalsIgnoreCase(name));
            headers.add(new Header(name, value));
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            headers.add(new Header(name, value));
            super.addHeader(name, value);
        }
        cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        super.setDateHeader(name, date);
        headers.add(new Header(name, super.getHeader(name)));
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setLocale(Locale chosen) {
        locale = chosen;
        super.setLocale(chosen);
    }

    /** What was written, as bytes. */
    byte[] bytes() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** The headers the rendering set, Set-Cookie among them if any. */
    List<Header> headers() {
        return List.copyOf(headers);
    }

    boolean cookieSet() {
        cookieSet |= headers.stream().anyMatch(h -> "Set-Cookie".equalsIgnoreCase(h.name()));
        return cookieSet;
    }

    /** The language the rendering gave the response, if it set one. */
    Locale locale() {
        return locale;
    }

    /** Sends what was rendered as it was: a page that is not kept, or an error. */
    void sendAsRendered() throws IOException {
        byte[] bytes = bytes();
        if (bytes.length > 0) {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    Charset charset() {
        String name = getCharacterEncoding();
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }
}
