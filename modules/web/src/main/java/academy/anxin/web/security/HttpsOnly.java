package academy.anxin.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether people reach the platform over HTTPS, as its public address ({@code anxin.public.url}, set by
 * {@code ANXIN_PUBLIC_URL}) says; the server itself may sit behind a proxy that ends TLS, so the request's own scheme
 * cannot tell. When it is HTTPS, the session cookie is marked {@code Secure} here at start-up, and
 * {@link SecurityHeaders} sends HSTS; over plain HTTP (a laptop, the tests) neither would let anyone log in.
 */
@WebListener
public class HttpsOnly implements ServletContextListener {

    /** One year, the value HSTS preload lists ask for; no includeSubDomains, other services may share the domain. */
    static final String HSTS = "max-age=31536000";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (configured()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    /** True when the configured public address is an https one. */
    public static boolean configured() {
        return https(ConfigProvider.getConfig().getOptionalValue("anxin.public.url", String.class).orElse(""));
    }

    static boolean https(String publicUrl) {
        return publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
