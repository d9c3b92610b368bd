package academy.anxin.web.security;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.web.http.ErrorPage;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;

/**
 * Loads a page that not everyone may see, or answers 403 instead: wherever the loading is refused
 * ({@link AccessDenied} from an application service, a missing query parameter, an organization the reader does
 * not administer), the reader gets the friendly error page and nothing of the page, whatever number they typed
 * into the address. For a page's {@code f:viewAction}.
 * <pre>{@code
 * // app/org/members.xhtml?org=N: the organization's admins only
 * public void load() throws IOException {
 *     PageAccess.orForbidden(() -> {
 *         organization = currentUser.administeredOrganization(org);
 *         members = organizations.members(currentUser.caller(), org);
 *     });
 * }
 *
 * // app/supervisee.xhtml?org=&person=: whoever the service lets see that volunteer's practice
 * public void load() throws IOException {
 *     PageAccess.orForbidden(() -> totals = signOff.totalsOf(currentUser.caller(), required(person), required(org)));
 * }
 * }</pre>
 */
public final class PageAccess {

    private PageAccess() {
    }

    /** Runs the page's loading; a refusal anywhere in it answers 403. */
    public static void orForbidden(Runnable loading) throws IOException {
        try {
            loading.run();
        } catch (AccessDenied denied) {
            ErrorPage.answer(403, CDI.current().select(Texts.class).get().text("access.denied"));
        }
    }

    /** A query parameter the page cannot do without: missing, it is refused like a number that is not the reader's. */
    public static <T> T required(T parameter) {
        if (parameter == null) {
            throw new AccessDenied();
        }
        return parameter;
    }
}
