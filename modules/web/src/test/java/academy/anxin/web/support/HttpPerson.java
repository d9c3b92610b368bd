package academy.anxin.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's HTTP client, for tests that must do what a page's buttons do without a browser: it keeps its
 * cookies, follows no redirect (a redirect to the login page is an answer to check), and posts a JSF form back as
 * the browser would (the form's fields as the page rendered them, the view state, the button pressed) with any field
 * changed or added, including fields and buttons the page never showed this person. An API client is a person with
 * an {@code Authorization: Bearer} key and no session.
 * <pre>{@code
 * HttpPerson admin = HttpPerson.loggedIn(base, "admin@org.cn", "passphrase");
 * Answer page = admin.get("/app/org/members.xhtml?org=7");
 * Answer done = admin.postback(page, "add", "add:submit", Map.of("add:email", "new@example.cn"));
 * }</pre>
 */
public final class HttpPerson {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final List<URI> bases;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http;
    private final String bearer;

    private HttpPerson(URI base, String bearer) {
        this(List.of(base), bearer);
    }

    private HttpPerson(List<URI> bases, String bearer) {
        this(bases, bearer, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build());
    }

    private HttpPerson(List<URI> bases, String bearer, HttpClient http) {
        this.bases = List.copyOf(bases);
        this.bearer = bearer;
        this.http = http;
    }

    /** The same person (the same cookies: the same session) sending their requests to {@code bases} from now on. */
    public HttpPerson via(List<URI> bases) {
        return new HttpPerson(bases, bearer, http);
    }

    /** Someone who has not logged in. */
    public static HttpPerson anonymous(URI base) {
        return new HttpPerson(base, null);
    }

    /**
     * Someone who has not logged in, whose every request goes to the next of {@code bases} in turn (the nodes of a
     * cluster, addressed directly): consecutive requests of one session land on different nodes.
     */
    public static HttpPerson alternating(List<URI> bases) {
        return new HttpPerson(bases, null);
    }

    /** The cookies this person's browser sends to {@code base}, as a {@code Cookie} header: to replay them. */
    public String cookies(URI base) {
        try {
            return String.join("; ", http.cookieHandler().orElseThrow().get(base, Map.of())
                    .getOrDefault("Cookie", List.of()));
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** Where the next request goes. */
    public URI nextBase() {
        return bases.get(Math.floorMod(next.get(), bases.size()));
    }

    /** A machine with an organization's API key and no session. */
    public static HttpPerson withKey(URI base, String key) {
        return new HttpPerson(base, key);
    }

    /** Logs in through the login page; fails unless the platform sends the person on to their home page. */
    public static HttpPerson loggedIn(URI base, String email, String password) {
        return new HttpPerson(base, null).logIn(email, password);
    }

    /** Logs this person in through the login page (two requests: the page, then its form). */
    public HttpPerson logIn(String email, String password) {
        HttpPerson person = this;
        Answer login = person.get("/login.xhtml");
        Answer home = person.postback(login, "login", "login:submit",
                Map.of("login:email", email, "login:password", password));
        if (!home.redirectsTo("/app/home.xhtml")) {
            throw new AssertionError("login of " + email + ": " + home);
        }
        return person;
    }

    public Answer get(String path) {
        return send(request(path).GET().build(), path);
    }

    /** A POST of a form body as a browser sends it, with any further headers as name, value pairs. */
    public Answer post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), path);
    }

    /** A POST of JSON, as API clients send it. */
    public Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), path);
    }

    /**
     * Presses {@code button} of form {@code formId} on a page this person was shown: the form's fields as rendered,
     * then {@code changes} over them, posted to the form's action address.
     */
    public Answer postback(Answer page, String formId, String button, Map<String, String> changes) {
        Element form = page.document().getElementById(formId);
        if (form == null || !form.tagName().equals("form")) {
            throw new AssertionError("no form " + formId + " on " + page.path() + ": " + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("image") || input.hasAttr("disabled")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Optional.ofNullable(input.selectFirst("option[selected]")).or(() -> Optional.ofNullable(
                        input.selectFirst("option"))).ifPresent(o -> fields.put(input.attr("name"), o.attr("value")));
            } else if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.wholeText());
            } else if (type.equals("checkbox") && !input.hasAttr("value")) {
                fields.put(input.attr("name"), "on");
            } else {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.putAll(changes);
        fields.put(button, "x");
        // what PrimeFaces' script adds to every form under the Content-Security-Policy (refused without it)
        page.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        String action = form.attr("action");
        return post(action.isEmpty() ? page.path() : URI.create(action).getRawPath()
                + (URI.create(action).getRawQuery() == null ? "" : "?" + URI.create(action).getRawQuery()), fields);
    }

    /**
     * A postback made up by hand, as an attacker would: the view state of a page this person was shown
     * ({@code source}), the fields and the button of a form on {@code targetPath}, which they may never have seen.
     */
    public Answer forgedPostback(Answer source, String targetPath, String formId, String button,
                                 Map<String, String> fields) {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(formId, formId);
        posted.putAll(fields);
        posted.put(button, "x");
        posted.put("jakarta.faces.ViewState", source.viewState().orElse("stateless"));
        source.nonce().ifPresent(nonce -> posted.put("primefaces.nonce", nonce));
        return post(targetPath, posted);
    }

    private HttpRequest.Builder request(String path) {
        URI base = bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1)
                : path)).timeout(TIMEOUT).header("Accept-Language", "zh-CN");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private Answer send(HttpRequest request, String path) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(path, response.statusCode(), response.headers().firstValue("Location").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** What the platform answered: status, where it redirects, the body. */
    public record Answer(String path, int status, String location, String body) {

        public boolean redirectsTo(String page) {
            return (status == 302 || status == 303) && location.contains(page);
        }

        public Document document() {
            return Jsoup.parse(body);
        }

        /** The page's JSF view state, if it has a form. */
        public Optional<String> viewState() {
            Element state = document().selectFirst("input[name=jakarta.faces.ViewState]");
            return state == null ? Optional.empty() : Optional.of(state.attr("value"));
        }

        /** The Content-Security-Policy nonce of the page's scripts, which PrimeFaces posts back with each form. */
        public Optional<String> nonce() {
            Element script = document().selectFirst("script[nonce]");
            return script == null ? Optional.empty() : Optional.of(script.attr("nonce"));
        }

        @Override
        public String toString() {
            String text = body.length() > 600 ? body.substring(0, 600) + "…" : body;
            return status + (location.isEmpty() ? "" : " -> " + location) + " " + path + ": "
                    + text.replaceAll("\\s+", " ");
        }
    }
}
