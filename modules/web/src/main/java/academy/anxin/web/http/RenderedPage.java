package academy.anxin.web.http;

import academy.anxin.web.security.ContentSecurityPolicy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor's page as rendered once, kept to be sent again ({@link PublicPages}), without the one thing that must
 * differ between responses: the Content-Security-Policy nonce. The body is kept cut where the nonce stood and the
 * policy likewise; each response gets a fresh nonce put back in both, so no two responses share one.
 * <p>
 * For browsers: {@code Cache-Control: no-cache} (keep it, but ask each time: an import can change it at any moment)
 * and an entity tag naming the content generation, a digest of the page and the nonce of the copy sent. A browser
 * asking again with that tag gets 304 with the policy of its own copy's nonce: its stored copy and stored policy
 * must agree, or the page's scripts would be refused.
 */
final class RenderedPage {

    private static final Pattern NONCE_IN_POLICY = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    /** A tag as {@link #tag} makes it: generation, digest, nonce (Base64, never a '-'). */
    private static final Pattern TAG = Pattern.compile("\"(\\d+)-([0-9a-f]{32})-([A-Za-z0-9+/=]{1,100})\"");

    private final long generation;
    private final String digest;
    private final List<byte[]> parts;
    private final String policyBefore;
    private final String policyAfter;
    private final String contentType;
    private final Locale locale;
    private final List<PageCapture.Header> headers;
    private final int size;

    private RenderedPage(long generation, String digest, List<byte[]> parts, String policyBefore, String policyAfter,
                         String contentType, Locale locale, List<PageCapture.Header> headers) {
        this.generation = generation;
        this.digest = digest;
        this.parts = parts;
        this.policyBefore = policyBefore;
        this.policyAfter = policyAfter;
        this.contentType = contentType;
        this.locale = locale;
        this.headers = headers;
        this.size = parts.stream().mapToInt(p -> p.length).sum() + policyBefore.length() + policyAfter.length();
    }

    /**
     * The page as it may be kept, or empty when it may not: only a 200 HTML page that set no cookie and whose
     * policy carries a nonce (PrimeFaces' per response) found in the body.
     */
    static Optional<RenderedPage> of(long generation, PageCapture rendered, int status) {
        String type = rendered.getContentType();
        if (status != HttpServletResponse.SC_OK || rendered.cookieSet() || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return Optional.empty();
        }
        String policy = null;
        List<PageCapture.Header> others = new ArrayList<>();
        for (PageCapture.Header header : rendered.headers()) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(header.name())) {
                policy = header.value(); // the page's own replaces the one set for anything else
            } else {
                others.add(header);
            }
        }
        Matcher nonce = policy == null ? null : NONCE_IN_POLICY.matcher(policy);
        if (nonce == null || !nonce.find()) {
            return Optional.empty();
        }
        Charset charset = rendered.charset();
        String body = new String(rendered.bytes(), charset);
        String[] cut = body.split(Pattern.quote(nonce.group(1)), -1);
        if (cut.length < 2) {
            return Optional.empty();
        }
        List<byte[]> parts = new ArrayList<>(cut.length);
        for (String part : cut) {
            parts.add(part.getBytes(charset));
        }
        return Optional.of(new RenderedPage(generation, digest(body.replace(nonce.group(1), "")), List.copyOf(parts),
                policy.substring(0, nonce.start(1)), policy.substring(nonce.end(1)), type, rendered.locale(),
                List.copyOf(others)));
    }

    long generation() {
        return generation;
    }

    /** Bytes held, for the store's bound. */
    int size() {
        return size;
    }

    /** Sends the page with a fresh nonce, or 304 to a browser that holds this very page. */
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> held = heldNonce(request.getHeader("If-None-Match"));
        if (held.isEmpty()) {
            for (PageCapture.Header header : headers) {
                response.addHeader(header.name(), header.value());
            }
        }
        String nonce = held.orElseGet(ContentSecurityPolicy::freshNonce);
        response.setHeader(ContentSecurityPolicy.HEADER, policyBefore + nonce + policyAfter);
        response.setHeader("ETag", tag(nonce));
        response.setHeader("Cache-Control", "no-cache");
        // what the page's language follows (LanguageChoice.ofVisitor): no shared cache may give it to another
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (held.isPresent()) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (locale != null) {
            response.setLocale(locale);
        }
        response.setContentType(contentType);
        byte[] value = nonce.getBytes(StandardCharsets.US_ASCII);
        long length = (long) value.length * (parts.size() - 1) + parts.stream().mapToLong(p -> p.length).sum();
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(value);
            }
            out.write(parts.get(i));
        }
    }

    private String tag(String nonce) {
        return "\"" + generation + "-" + digest + "-" + nonce + "\"";
    }

    /** The nonce of the copy a browser holds, when one of the tags it sends is this page's. */
    private Optional<String> heldNonce(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        Matcher tag = TAG.matcher(ifNoneMatch);
        while (tag.find()) {
            if (Long.toString(generation).equals(tag.group(1)) && digest.equals(tag.group(2))) {
                return Optional.of(tag.group(3));
            }
        }
        return Optional.empty();
    }

    private static String digest(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
