package academy.anxin.web.i18n;

import academy.anxin.identity.application.AccountService;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language pages are shown in. A logged-in person's choice is stored with their account and follows them to
 * any device; before login it is remembered in a cookie, and at first it follows the browser's preference.
 */
@Named("language")
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "anxin-lang";
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private Language current;
    private String adoptedFor;

    public Language getCurrent() {
        String person = person();
        if (person != null && !person.equals(adoptedFor)) {
            // first page after login: the person's stored preference wins over the anonymous choice
            current = accounts.account(currentUser.caller()).language();
            adoptedFor = person;
        }
        if (current == null) {
            current = initial();
        }
        return current;
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    /** For {@code <html lang>}: "zh-CN" or "en". */
    public String getTag() {
        return getCurrent().tag();
    }

    public boolean isEnglish() {
        return getCurrent() == Language.EN;
    }

    /** A localized text in the page's language: {@code #{language.of(course.title())}}. */
    public String of(LocalizedText text) {
        return text == null ? "" : text.in(getCurrent());
    }

    /** Switches language, stores the choice, and reloads the same page (with its parameters) in the new language. */
    public void switchTo(String tag) throws IOException {
        Language chosen = Language.fromTag(tag);
        current = chosen;
        if (security.getCallerPrincipal() != null) {
            accounts.changeLanguage(currentUser.caller(), chosen);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(COOKIE, chosen.name(), Map.of("maxAge", COOKIE_SECONDS, "path", "/",
                "httpOnly", true, "SameSite", "Lax"));
        // the page's own address with its view parameters (course=..., code=...): a postback has no query string
        FacesContext faces = FacesContext.getCurrentInstance();
        external.redirect(faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), new java.util.HashMap<>(), true));
    }

    /**
     * The logged-in person's id, from the request where there is one: pages ask for the language once per text
     * shown, and the request's principal is a field where the security context's is a lookup.
     */
    private String person() {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.security.Principal principal = faces == null ? security.getCallerPrincipal()
                : faces.getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    private Language initial() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Language.ZH;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.fromTag(cookie.getValue());
                }
            }
        }
        // no Accept-Language at all: the platform's own default, not the server's locale
        return request.getHeader("Accept-Language") == null ? Language.ZH
                : Language.fromTag(request.getLocale().getLanguage());
    }
}
