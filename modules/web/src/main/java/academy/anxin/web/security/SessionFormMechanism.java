package academy.anxin.web.security;

import academy.anxin.identity.application.LoginValidity;
import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.WriteConflict;
import academy.anxin.web.http.DatabaseOutages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Form login through our own JSF login page, with the logged-in caller kept in the HTTP session. It stands in for
 * {@code @CustomFormAuthenticationMechanismDefinition}, whose automatic session ({@code @AutoApplySession}) can
 * restore a caller without their groups under concurrent requests (Payara issue 6145): a logged-in volunteer then
 * got 403 on an autosave or a page now and then. Here the name and groups are stored in the session at login and
 * handed to the container on every request, with the password version of the login: once the person changes
 * their password elsewhere, this session is invalidated on its next request (see {@link LoginValidity}).
 */
@ApplicationScoped
public class SessionFormMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = SessionFormMechanism.class.getName() + ".caller";
    /**
     * Cookie holding where a visitor sent to log in was going: the page they land on after login. A cookie, not the
     * session, so that a visitor who never logs in leaves nothing on the server.
     */
    public static final String RETURN_TO = "anxin-return";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginValidity loginValidity;

    @Inject
    DatabaseOutage outage;

    /**
     * The caller as remembered between requests: the person's id, their platform-wide groups, the password
     * version they logged in with (a later password change ends this session, unless it made the change), and the
     * login's random id (its logout ends this session on every node).
     */
    record Remembered(String name, Set<String> groups, long passwordVersion, String loginId) implements Serializable {
    }

    /**
     * Runs before any filter, and reads the database (the password version, a login): while the database is
     * unreachable it answers as {@link DatabaseOutages} does, at once, instead of failing with a 500 and a stack
     * trace per request.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            if (outage.ongoing() && DatabaseOutages.needsDatabase(request)) {
                return unavailable(request, response);
            }
            return validate(request, response, context);
        } catch (RuntimeException failure) {
            if (WriteConflict.isConflict(failure)) {
                // a login's write lost to another at the same moment: nothing stored, the same post again succeeds
                return tryAgain(request, response);
            }
            if (!outage.noteFailure(failure)) {
                throw failure;
            }
            return unavailable(request, response);
        }
    }

    private static AuthenticationStatus tryAgain(HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!response.isCommitted()) {
                response.reset();
                DatabaseOutages.tryAgain(request, response);
            }
        } catch (IOException clientGone) {
            // nothing more to tell it
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!response.isCommitted()) {
                response.reset();
                DatabaseOutages.answer(request, response);
            }
        } catch (IOException clientGone) {
            // nothing more to tell it
        }
        return AuthenticationStatus.SEND_CONTINUE; // the answer is written: the page is not run
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result); // a failure the login page explains
            }
            String name = result.getCallerPrincipal().getName();
            request.getSession(true).setAttribute(CALLER, new Remembered(name, Set.copyOf(result.getCallerGroups()),
                    loginValidity.current(Long.parseLong(name)).orElse(0), LoginValidity.newLoginId()));
            return context.notifyContainerAboutLogin(result);
        }
        // a session id in the address (;jsessionid=) is no login: it leaks through Referer, history and logs, and
        // the container still honours one despite web.xml's COOKIE-only tracking mode
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(CALLER);
        if (remembered instanceof Remembered caller) {
            if (loginValidity.stillValid(Long.parseLong(caller.name()), caller.passwordVersion(), caller.loginId())) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // the password changed in another session, the login was logged out (this is a copy of its session on
            // another node, or a replayed cookie), or the person is gone: this one is over
            session.invalidate();
        }
        if (context.isProtected()) {
            // to the login page, remembering a page that was asked for (never a form post, never another site)
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                Cookie returnTo = new Cookie(RETURN_TO, URLEncoder.encode(
                        request.getRequestURI() + (query == null ? "" : "?" + query), StandardCharsets.UTF_8));
                returnTo.setPath(request.getContextPath() + "/");
                returnTo.setHttpOnly(true);
                returnTo.setSecure(request.isSecure() || HttpsOnly.configured());
                returnTo.setAttribute("SameSite", "Lax");
                response.addCookie(returnTo);
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    /**
     * Keeps the session that changed the password logged in: it takes the new password version, while every other
     * session of the person, on this node or another, still holds an older one and ends on its next request.
     */
    public static void passwordChanged(HttpSession session, long newVersion) {
        if (session != null && session.getAttribute(CALLER) instanceof Remembered caller) {
            session.setAttribute(CALLER, new Remembered(caller.name(), caller.groups(), newVersion, caller.loginId()));
        }
    }

    /** The id of the login this session holds, if it holds one. */
    public static Optional<String> loginId(HttpSession session) {
        return session != null && session.getAttribute(CALLER) instanceof Remembered caller
                ? Optional.of(caller.loginId()) : Optional.empty();
    }

    /** The page a visitor was going to before being sent to log in (unchecked: the caller checks it is ours). */
    public static Optional<String> returnTo(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> RETURN_TO.equals(c.getName()))
                .findFirst().map(c -> URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
    }

    /** Forgets {@link #returnTo}: it served its one login. */
    public static void forgetReturnTo(HttpServletRequest request, HttpServletResponse response) {
        Cookie gone = new Cookie(RETURN_TO, "");
        gone.setPath(request.getContextPath() + "/");
        gone.setMaxAge(0);
        response.addCookie(gone);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
