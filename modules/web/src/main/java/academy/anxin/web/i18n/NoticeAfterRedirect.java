package academy.anxin.web.i18n;

import academy.anxin.web.security.HttpsOnly;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A confirmation that outlives the redirect after a successful form ("registered", "invitation accepted", "course
 * done"), carried by the browser in a cookie of a minute and shown by whichever node renders the next page.
 * Mojarra's flash keeps such a message in the memory of the node that set it, so behind a balancer without
 * stickiness the next page, served by another node, lost it. The message is plain text the platform wrote; it is
 * rendered escaped like any other, so a forged cookie can only show its own holder words.
 * Registered for {@code PreRenderViewEvent} in faces-config.xml.
 */
public final class NoticeAfterRedirect implements SystemEventListener {

    static final String COOKIE = "anxin-notice";
    /** Far above any confirmation's length, far below a cookie's limit. */
    private static final int MAX_CHARS = 400;
    private static final int LIFETIME_SECONDS = 60;

    /** Keeps {@code message} for the next page this browser renders. */
    static void keep(FacesContext faces, String message) {
        String text = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
        cookie(faces.getExternalContext(), URLEncoder.encode(text, StandardCharsets.UTF_8), LIFETIME_SECONDS);
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            return; // an Ajax update may not render the page's messages: the next full page shows it
        }
        ExternalContext external = faces.getExternalContext();
        if (external.getRequestCookieMap().get(COOKIE) instanceof Cookie kept && !kept.getValue().isEmpty()) {
            try {
                String text = URLDecoder.decode(kept.getValue(), StandardCharsets.UTF_8);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, null));
            } catch (IllegalArgumentException notOurs) {
                // not what keep() wrote: dropped below, not shown
            }
            cookie(external, "", 0);
        }
    }

    private static void cookie(ExternalContext external, String value, int maxAge) {
        String path = external.getRequestContextPath() + "/";
        boolean secure = external.isSecure() || HttpsOnly.configured();
        external.addResponseCookie(COOKIE, value, Map.of("maxAge", maxAge, "path", path, "httpOnly", true,
                "SameSite", "Lax", "secure", secure));
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }
}
