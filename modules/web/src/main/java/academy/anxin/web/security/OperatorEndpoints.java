package academy.anxin.web.security;

import academy.anxin.identity.application.LoginResult;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Payara's {@code /metrics} and {@code /health} show to someone who is not the platform admin. Both are served
 * in this application's context (it is deployed at the root), so this filter sees them. Anyone may read the
 * platform's own figures ({@code anxin_*} metrics, which monitoring scrapes, e.g. {@code anxin_audit_intact}) and
 * each health check's name and status, which a load balancer needs; the JVM's, the server's and the checks' details
 * (heap, threads, pools, an error's class, where the audit trail broke) are for a logged-in platform admin only:
 * they tell an attacker what runs here and how it is doing.
 */
// mapped in web.xml, where the filters' order is set
public class OperatorEndpoints extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** A metric's name at the start of a sample line or of its # TYPE / # HELP line. */
    private static final Pattern PUBLIC_METRIC = Pattern.compile("^(# (TYPE|HELP) )?anxin_.*");
    private static final Set<String> READ = Set.of("GET", "HEAD");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(LoginResult.PLATFORM_ADMIN)) {
            chain.doFilter(request, response);
            return;
        }
        if (!READ.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        String body = buffered.text();
        String shown = request.getServletPath().startsWith("/metrics") ? publicMetrics(body) : publicHealth(body);
        byte[] bytes = shown.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** The Prometheus text, with only the platform's own metrics. */
    static String publicMetrics(String prometheus) {
        return prometheus.lines().filter(line -> PUBLIC_METRIC.matcher(line).matches())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The health answer with each check's name and status, without its data. */
    static String publicHealth(String json) {
        if (json.isBlank()) {
            return json;
        }
        JsonObject health;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            health = reader.readObject();
        } catch (RuntimeException notJson) {
            return "";
        }
        if (!health.containsKey("checks")) {
            return "";
        }
        JsonArrayBuilder checks = Json.createArrayBuilder();
        health.getJsonArray("checks").getValuesAs(JsonObject.class).forEach(check -> checks.add(Json.createObjectBuilder()
                .add("name", check.getOrDefault("name", JsonValue.NULL))
                .add("status", check.getOrDefault("status", JsonValue.NULL))));
        return Json.createObjectBuilder().add("status", health.getOrDefault("status", JsonValue.NULL))
                .add("checks", checks).build().toString();
    }
}
