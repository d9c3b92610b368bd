package academy.anxin.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openqa.selenium.By;

/**
 * Joining an organization as people do it, through the pages: its admin invites an email on the members page, the
 * person logs in and accepts on their home page. The invitation's id is read from the database only to find its row.
 */
public final class Invitations {

    private Invitations() {
    }

    /** The admin (logged in on {@code orgAdmin}) invites {@code email}; the page answers the same for everyone. */
    public static void invite(Browser orgAdmin, long organizationId, String email) {
        orgAdmin.open("/app/org/members.xhtml?org=" + organizationId).type("add:email", email).submit("add:submit");
        assertTrue(orgAdmin.page().contains("已记录对 " + email.strip().toLowerCase(java.util.Locale.ROOT) + " 的邀请")
                || orgAdmin.page().contains("Invitation to "), orgAdmin.page());
    }

    /** The person logs in and accepts the newest pending invitation of the organization to their email. */
    public static void accept(URI base, String email, String password, long organizationId) {
        answer(base, email, password, organizationId, "accept");
    }

    public static void decline(URI base, String email, String password, long organizationId) {
        answer(base, email, password, organizationId, "decline");
    }

    /** Invites and accepts: what "add a member" takes now. */
    public static void join(URI base, Browser orgAdmin, long organizationId, String email, String password) {
        invite(orgAdmin, organizationId, email);
        accept(base, email, password, organizationId);
    }

    private static void answer(URI base, String email, String password, long organizationId, String button) {
        long invitation = pendingInvitation(email, organizationId);
        try (Browser person = new Browser(base, "zh-CN")) {
            person.open("/login.xhtml").type("login:email", email).type("login:password", password)
                    .submit("login:submit");
            person.open("/app/home.xhtml");
            person.submit(person.find("invitation-" + invitation).findElement(
                    By.cssSelector("input[id$=':" + button + "']")));
            assertTrue(person.page().contains(button.equals("accept") ? "您已加入" : "您已谢绝"), person.page());
        }
    }

    /** The id of the newest pending invitation of the organization to this email. */
    public static long pendingInvitation(String email, long organizationId) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement query = db.prepareStatement("SELECT MAX(id) FROM idn_invitation WHERE email = ? "
                     + "AND organization_id = ? AND status = 'PENDING'")) {
            query.setString(1, email.strip().toLowerCase(java.util.Locale.ROOT));
            query.setLong(2, organizationId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long id = rows.getLong(1);
                if (rows.wasNull()) {
                    throw new AssertionError("no pending invitation of organization " + organizationId + " to " + email);
                }
                return id;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
