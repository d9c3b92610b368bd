package academy.anxin.web.i18n;

import academy.anxin.identity.application.AccountService;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.HttpsOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;

/**
 * The language pages are shown in. A logged-in person's choice is stored with their account and follows them to
 * any device; before login it is remembered in a cookie, and at first it follows the browser's preference.
 * <p>
 * Request-scoped on purpose: a visitor who has not logged in must leave no state on the server (a session per
 * anonymous page view let one client fill the heap), so the anonymous choice lives only in the cookie. Once logged
 * in, the account's language is read once and kept in the person's session.
 */
@Named("language")
@RequestScoped
public class LanguageChoice {

    public static final String COOKIE = "anxin-lang";
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;
    /** Session attribute: the logged-in person's language, so that their account is not read on every request. */
    private static final String ACCOUNT_LANGUAGE = LanguageChoice.class.getName() + ".account";

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    private Language current;

    /** The language of a logged-in person's account, for the person it was read for. */
    private record AccountLanguage(String person, Language language) implements Serializable {
    }

    public Language getCurrent() {
        if (current == null) {
            Principal principal = request.getUserPrincipal();
            current = principal == null ? anonymous() : ofAccount(principal.getName());
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
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            accounts.changeLanguage(currentUser.caller(), chosen);
            remember(principal.getName(), chosen);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, chosen.name(), Map.of("maxAge", COOKIE_SECONDS, "path", "/",
                "httpOnly", true, "SameSite", "Lax", "secure", request.isSecure() || HttpsOnly.configured()));
        // the page's own address with its view parameters (course=..., code=...): a postback has no query string
        external.redirect(faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), new java.util.HashMap<>(), true));
    }

    /** The first page after login reads the stored preference, which wins over the anonymous choice. */
    private Language ofAccount(String person) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ACCOUNT_LANGUAGE) instanceof AccountLanguage stored
                && stored.person().equals(person)) {
            return stored.language();
        }
        Language language = accounts.account(currentUser.caller()).language();
        remember(person, language);
        return language;
    }

    private void remember(String person, Language language) {
        HttpSession session = request.getSession(false); // a logged-in person has one; never start one here
        if (session != null) {
            session.setAttribute(ACCOUNT_LANGUAGE, new AccountLanguage(person, language));
        }
    }

    private Language anonymous() {
        return ofVisitor(request);
    }

    /** The language of someone not logged in: their cookie, else their browser's preference, else Chinese. */
    public static Language ofVisitor(HttpServletRequest request) {
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
