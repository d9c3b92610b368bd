package academy.anxin.web;

import static academy.anxin.web.AuthorizationMatrixIT.Outcome.BAD_ADDRESS;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.EXPIRED;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.FORBIDDEN;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.HIDDEN;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.LOGIN;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.NOTHING;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.NOT_FOUND;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.OK;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.REFUSED;
import static academy.anxin.web.AuthorizationMatrixIT.Outcome.UNAUTHORIZED;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.HttpPerson;
import academy.anxin.web.support.HttpPerson.Answer;
import academy.anxin.web.support.Invitations;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, asked of the server itself: every role (anonymous, volunteer, supervisor, organization admin,
 * platform admin, API key) against every page, page action and API endpoint, across two organizations A and B that
 * each have their own volunteer, supervisor, admin, API key, credentials and invitations. The roles are A's (and the
 * platform's); a row names whether it reaches into A, the caller's own organization, or B, another one.
 *
 * <p>Page actions are real JSF postbacks over HTTP: the page is fetched and its form posted back with the view
 * state and the button; where the role may not see the page, the post is forged the way an attacker would, with the
 * view state of a page they were shown and the form's field names, so that the server must refuse the action itself
 * whatever the page hid. A page's organization swapped in the postback ({@code org=B} in the body of a postback of
 * A's page) is tried as well. An action's cell counts as done only when the audit trail (or the database) shows its
 * effect, and as refused only when it shows none.
 *
 * <p>Adding a page or endpoint is one {@code row(...)} in {@link #matrix}: what to try, then the outcome for each
 * column. The outcomes are what the platform answers today: {@link Outcome}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String RUN = Long.toString(System.nanoTime() % 10_000_000);
    private static final String PASSWORD = CredentialSetup.PASSWORD;

    /** The matrix's columns: A's people, the platform admin, and A's API key; and someone not logged in. */
    enum Role { ANONYMOUS, VOLUNTEER, SUPERVISOR, ORG_ADMIN, PLATFORM_ADMIN, API_KEY }

    /** What a cell may come to; any other answer (a 5xx above all) fails the cell with what was seen. */
    enum Outcome {
        /** 200 (or the redirect a done action makes), and an action's effect is there; a row's secret is shown. */
        OK,
        /** 200 but the row's secret (another organization's people, say) is not on the page. */
        HIDDEN,
        /** Redirected to the login page. */
        LOGIN,
        /** 401 from the API: no valid key. */
        UNAUTHORIZED,
        /** 403 with the "not allowed" page (or the API's problem). */
        FORBIDDEN,
        /** 404: there is no such thing for this reader, and no more is said. */
        NOT_FOUND,
        /** 400 "bad address": an id in the address that is no id. */
        BAD_ADDRESS,
        /** 200 with the page's "you are not allowed to do this" message, and no effect. */
        REFUSED,
        /** 200, the page shown again, nothing done: a choice the form never offered (JSF's validation refused it). */
        NOTHING,
        /** 400 "page expired": a view state that is not this page's. */
        EXPIRED
    }

    @ArquillianResource
    URL deployed;

    /** One organization as the matrix uses it. */
    private record Org(long id, String adminEmail, String volunteerEmail, long volunteerId, String supervisorEmail,
                       long supervisorId, String credential, String key, String secret) {
    }

    // one world for the class's tests, made by the first of them
    private static URI base;
    private static Org a;
    private static Org b;
    private static final Map<Role, HttpPerson> people = new EnumMap<>(Role.class);

    private void world() {
        if (a != null) {
            return;
        }
        base = PlatformWar.base(deployed);
        a = organization("a");
        b = organization("b");
        feedbackFor(a.id(), 3);
        people.put(Role.ANONYMOUS, HttpPerson.anonymous(base));
        people.put(Role.VOLUNTEER, HttpPerson.loggedIn(base, a.volunteerEmail(), PASSWORD));
        people.put(Role.SUPERVISOR, HttpPerson.loggedIn(base, a.supervisorEmail(), PASSWORD));
        people.put(Role.ORG_ADMIN, HttpPerson.loggedIn(base, a.adminEmail(), PASSWORD));
        people.put(Role.PLATFORM_ADMIN, HttpPerson.loggedIn(base, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD));
        people.put(Role.API_KEY, HttpPerson.withKey(base, a.key()));
    }

    @Test
    void everyRoleAgainstEveryPageActionAndEndpoint() {
        world();
        List<Row> rows = matrix();
        List<org.junit.jupiter.api.function.Executable> cells = new ArrayList<>();
        for (Row row : rows) {
            for (Role role : Role.values()) {
                cells.add(row.check(role, people.get(role)));
            }
        }
        assertAll("authorization matrix: " + rows.size() + " rows × " + Role.values().length + " roles", cells);
    }

    /**
     * Registering an address someone holds creates nothing, leaves their account as it was, and answers exactly as
     * a new registration does: sent to the login page with the same words. So does nothing tell who is registered.
     */
    @Test
    void registeringATakenAddressAnswersLikeANewOneAndChangesNothing() {
        world();
        String owner = a.volunteerEmail();
        Registered fresh = register(HttpPerson.anonymous(base), "新来的志愿者", "fresh." + RUN + "@example.cn");
        Registered taken = register(HttpPerson.anonymous(base), "冒名者", owner.toUpperCase(java.util.Locale.ROOT));
        assertEquals(fresh.answer().status(), taken.answer().status(), taken.toString());
        assertEquals(fresh.answer().location(), taken.answer().location(), taken.toString());
        assertTrue(fresh.answer().redirectsTo("/login.xhtml"), fresh.toString());
        assertEquals(fresh.said(), taken.said());
        assertTrue(taken.said().contains("注册已受理"), taken.said());

        assertEquals(0, number("SELECT COUNT(*) FROM idn_person WHERE display_name = '冒名者'"), "nothing created");
        assertEquals(1, number("SELECT COUNT(*) FROM idn_person WHERE email = ?", owner));
        HttpPerson.loggedIn(base, owner, PASSWORD); // the owner's password still opens the account
        HttpPerson.loggedIn(base, "fresh." + RUN + "@example.cn", "一盏亮到深夜的热线台灯");
        HttpPerson impostor = HttpPerson.anonymous(base);
        Answer login = impostor.postback(impostor.get("/login.xhtml"), "login", "login:submit",
                Map.of("login:email", owner, "login:password", "一盏亮到深夜的热线台灯"));
        assertFalse(login.redirectsTo("/app/"), "the new password opens nothing: " + login);
    }

    /** A registration's answer, and the words on the page it sends the person on to. */
    private record Registered(Answer answer, String said) {
    }

    private Registered register(HttpPerson visitor, String name, String email) {
        Answer page = visitor.get("/register.xhtml");
        Answer done = visitor.postback(page, "register", "register:submit", Map.of("register:name", name,
                "register:email", email, "register:password", "一盏亮到深夜的热线台灯", "register:consent", "on"));
        Answer next = done.redirectsTo("/login.xhtml") ? visitor.get("/login.xhtml") : done;
        return new Registered(done, next.document().select("#messages li").text());
    }

    /**
     * An organization's admin invites a registered address and an address nobody holds: the same words, the same
     * status in the invitations table, and nothing of the registered person (their name) on the page.
     */
    @Test
    void anInvitationAnswersAlikeForRegisteredAndUnknownAddresses() {
        world();
        HttpPerson admin = HttpPerson.loggedIn(base, a.adminEmail(), PASSWORD);
        String page = "/app/org/members.xhtml?org=" + a.id();
        String registered = b.supervisorEmail();
        String nobody = "nobody.invited." + RUN + "@example.cn";
        Answer toRegistered = admin.postback(admin.get(page), "add", "add:submit", Map.of("add:email", registered));
        Answer toNobody = admin.postback(admin.get(page), "add", "add:submit", Map.of("add:email", nobody));
        assertEquals(toNobody.status(), toRegistered.status());
        String saidToRegistered = toRegistered.document().select("#messages li").text();
        String saidToNobody = toNobody.document().select("#messages li").text();
        assertTrue(saidToNobody.contains(nobody), toNobody.toString());
        assertEquals(saidToNobody.replace(nobody, "EMAIL"), saidToRegistered.replace(registered, "EMAIL"));
        Answer list = admin.get(page);
        for (String email : new String[] {registered, nobody}) {
            Element row = list.document().getElementById("invitation-" + Invitations.pendingInvitation(email, a.id()));
            assertEquals("等待答复", row.selectFirst(".status").text(), row.outerHtml());
        }
        assertFalse(list.body().contains("督导b" + RUN), "nothing of the registered person: " + list.body());
    }

    /**
     * The matrix: one row per action, one column per role, in {@link Role}'s order. {@code A} is the callers' own
     * organization, {@code B} another one.
     */
    private List<Row> matrix() {
        String members = "/app/org/members.xhtml?org=";
        String credentials = "/app/org/credentials.xhtml?org=";
        String reports = "/app/org/reports.xhtml?org=";
        String reportFile = "/app/org/report.csv?org=";
        String reportPeriod = "&from=" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2) + "&to=" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")) + "&table=practice-months";
        String supervisee = "/app/supervisee.xhtml?org=%d&person=%d";
        String region = "/app/org/region.xhtml?org=";
        String feedback = "/app/org/feedback.xhtml?org=";
        String dispatch = "/app/org/dispatch.xhtml?org=";
        Function<String, Map<String, String>> aCase = cell -> Map.of("match:population", "BEREAVED",
                "match:risk", "HIGH");
        return List.of(
                //                                                                       anonymous volunteer   supervisor  org admin   platform   API key
                // -- pages everyone logged in has
                row("home page", get("/app/home.xhtml"),                                 LOGIN, OK, OK, OK, OK, LOGIN),
                row("account page", get("/app/account.xhtml"),                           LOGIN, OK, OK, OK, OK, LOGIN),
                row("practice log", get("/app/practice.xhtml"),                          LOGIN, OK, OK, OK, OK, LOGIN),
                row("practice log CSV (one's own)", get("/app/practice-log.csv"),        LOGIN, OK, OK, OK, OK, LOGIN),
                row("exams", get("/app/exams.xhtml"),                                    LOGIN, OK, OK, OK, OK, LOGIN),
                row("my learning", get("/app/learning.xhtml"),                           LOGIN, OK, OK, OK, OK, LOGIN),
                row("path to the next tier", get("/app/path.xhtml"),                     LOGIN, OK, OK, OK, OK, LOGIN),
                row("someone's exam attempt", get("/app/exam.xhtml?attempt=999999999"),  LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, LOGIN),
                row("someone's exam result", get("/app/exam-result.xhtml?attempt=999999999"), LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, LOGIN),
                row("autosave into someone's attempt", new Try((cell, person) -> new Seen(person.post("/app/exam-answer",
                        Map.of("attempt", "999999999", "position", "0", "answer", "1"), "X-Anxin-Autosave", "1"), false),
                        null, false),                                                    LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, LOGIN),
                row("course media, not enrolled", get("/learning/media/L3-SUICIDE/3/media/asking-about-suicide.zh.mp3"),
                                                                                         LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, LOGIN),
                row("exam attempt ?attempt=abc", get("/app/exam.xhtml?attempt=abc"),     LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("exam result ?attempt=-5", get("/app/exam-result.xhtml?attempt=-5"), LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),

                // -- an organization's pages: A's people, B's people (the secret is B's volunteer's email or name)
                row("members of A", get(members + a.id()).showing(a.volunteerEmail()),   LOGIN, FORBIDDEN, FORBIDDEN, OK, OK, LOGIN),
                row("home: B's invitations", get("/app/home.xhtml").showing("pending.b" + RUN), LOGIN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, LOGIN),
                row("signers offered: B's supervisor", get("/app/practice.xhtml").showing("督导b" + RUN), LOGIN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, LOGIN),
                row("members of A: B's people", get(members + a.id()).showing(b.volunteerEmail()), LOGIN, FORBIDDEN, FORBIDDEN, HIDDEN, HIDDEN, LOGIN),
                row("credentials of A: B's", get(credentials + a.id()).showing(b.credential()), LOGIN, FORBIDDEN, FORBIDDEN, HIDDEN, FORBIDDEN, LOGIN),
                row("members of B", get(members + b.id()).showing(b.volunteerEmail()),   LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("members ?org=abc", get(members + "abc"),                            LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("members ?org=-1", get(members + "-1"),                              LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("members ?org=(past Long)", get(members + "99999999999999999999"),   LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("members ?org=(unknown)", get(members + "987654321"),                LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("members, no org", get("/app/org/members.xhtml"),                     LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("credentials of A", get(credentials + a.id()).showing(a.credential()), LOGIN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, LOGIN),
                row("credentials of B", get(credentials + b.id()).showing(b.credential()), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                // organization reports: A's admin the whole organization, A's supervisor their supervisees (same page)
                row("reports of A", get(reports + a.id()),                                LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, LOGIN),
                row("reports of B", get(reports + b.id()),                                LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("reports ?org=abc", get(reports + "abc"),                             LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("report table of A (CSV)", get(reportFile + a.id() + reportPeriod),     LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, LOGIN),
                row("report table of B (XLSX)", get(reportFile.replace(".csv", ".xlsx") + b.id() + reportPeriod), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("report: A's API calls", get(reportFile + a.id() + reportPeriod.replace("practice-months", "verification-calls")), LOGIN, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, LOGIN),
                row("credentials ?org=abc", get(credentials + "abc"),                    LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("service records ?org=abc", get("/app/org/records.xhtml?org=abc"),   LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("a member's record ?person=abc", get("/app/org/record.xhtml?org=" + a.id() + "&person=abc"), LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("listing ?org=abc", get("/app/org/listing.xhtml?org=abc"),           LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("credentials ?org=0", get(credentials + "0"),                        LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("credentials ?org=(unknown)", get(credentials + "987654321"),        LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("supervision queue", get("/app/supervision.xhtml").showing(b.secret()), LOGIN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, LOGIN),
                row("supervisee in A", get(supervisee.formatted(a.id(), a.volunteerId())), LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, LOGIN),
                row("supervisee in B", get(supervisee.formatted(b.id(), b.volunteerId())), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("B's volunteer as if in A", get(supervisee.formatted(a.id(), b.volunteerId())), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("supervisee ?org=abc", get("/app/supervisee.xhtml?org=abc&person=" + a.volunteerId()), LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("supervisee ?person=x1", get("/app/supervisee.xhtml?org=" + a.id() + "&person=x1"), LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("feedback of A", get(feedback + a.id()).showing("矩阵反馈 " + a.id()), LOGIN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, LOGIN),
                row("feedback of B", get(feedback + b.id()),                             LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("feedback ?org=abc", get(feedback + "abc"),                          LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("feedback, no org", get("/app/org/feedback.xhtml"),                  LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),

                // -- an organization's actions, as postbacks; "B by org=" posts A's page back with org=B
                row("invite into A", postback(members + a.id(), "add", "add:submit",
                        cell -> Map.of("add:email", cell + "@invited.example.cn"), audit("INVITED")),
                                                                                         LOGIN, EXPIRED, EXPIRED, OK, OK, LOGIN),
                row("invite into B", postback(members + b.id(), "add", "add:submit",
                        cell -> Map.of("add:email", cell + "@invited.example.cn"), audit("INVITED")),
                                                                                         LOGIN, EXPIRED, EXPIRED, EXPIRED, OK, LOGIN),
                row("invite into B by org=", swapped(members + a.id(), b.id(), "add", "add:submit",
                        cell -> Map.of("add:email", cell + "@invited.example.cn"), audit("INVITED")),
                                                                                         LOGIN, EXPIRED, EXPIRED, REFUSED, OK, LOGIN),
                row("invite, postback with org=abc", swapped(members + a.id(), "abc", "add", "add:submit",
                        cell -> Map.of("add:email", cell + "@invited.example.cn"), audit("INVITED")),
                                                                                         LOGIN, EXPIRED, EXPIRED, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("withdraw an invitation of A", rowAction(members + a.id(), "invitations",
                        page -> page.document().select("tr[id^=invitation-] input[type=submit]"), audit("INVITATION_WITHDRAWN")).asTry(),
                                                                                         LOGIN, EXPIRED, EXPIRED, OK, OK, LOGIN),
                row("change a member's roles in A", rowAction(members + a.id(), "members",
                        page -> page.document().select("input[type=submit][id$=:save]"), audit("ROLES_CHANGED")).asTry(),
                                                                                         LOGIN, EXPIRED, EXPIRED, OK, OK, LOGIN),
                row("suspend/reinstate in A", rowAction(credentials + a.id(), "creds",
                        page -> page.document().select("tr[id=credential-" + a.credential() + "] input[type=submit]"),
                        audit("CREDENTIAL_SUSPENDED", "CREDENTIAL_SUSPENDED_FOR_ORGANIZATION", "CREDENTIAL_REINSTATED",
                                "CREDENTIAL_REINSTATED_FOR_ORGANIZATION")).asTry(),        LOGIN, EXPIRED, EXPIRED, OK, EXPIRED, LOGIN),
                row("suspend A's credential by org=B", rowAction(credentials + a.id(), "creds",
                        page -> page.document().select("tr[id=credential-" + a.credential() + "] input[type=submit]"),
                        audit("CREDENTIAL_SUSPENDED", "CREDENTIAL_SUSPENDED_FOR_ORGANIZATION", "CREDENTIAL_REINSTATED",
                                "CREDENTIAL_REINSTATED_FOR_ORGANIZATION")).withOrg(b.id()),  LOGIN, EXPIRED, EXPIRED, REFUSED, EXPIRED, LOGIN),
                row("hide a feedback comment of A", rowAction(feedback + a.id(), "hide",
                        page -> page.document().select("tr[id^=comment-] input[type=submit]"),
                        audit("FEEDBACK_COMMENT_HIDDEN")).asTry(),                       LOGIN, EXPIRED, EXPIRED, OK, EXPIRED, LOGIN),
                row("hide a feedback comment of A by org=B", rowAction(feedback + a.id(), "hide",
                        page -> page.document().select("tr[id^=comment-] input[type=submit]"),
                        audit("FEEDBACK_COMMENT_HIDDEN")).withOrg(b.id()),               LOGIN, EXPIRED, EXPIRED, REFUSED, EXPIRED, LOGIN),
                row("create an API key for A", postback(credentials + a.id(), "keys", "keys:create",
                        cell -> Map.of("keys:name", cell, "keys:perMinute", "60"), audit("API_KEY_CREATED")),
                                                                                         LOGIN, EXPIRED, EXPIRED, OK, EXPIRED, LOGIN),
                row("create an API key for B by org=", swapped(credentials + a.id(), b.id(), "keys", "keys:create",
                        cell -> Map.of("keys:name", cell, "keys:perMinute", "60"), audit("API_KEY_CREATED")),
                                                                                         LOGIN, EXPIRED, EXPIRED, REFUSED, EXPIRED, LOGIN),
                row("revoke an API key of A by org=B", rowAction(credentials + a.id(), "keylist",
                        page -> page.document().select("tr[id^=key-] input[type=submit]"), audit("API_KEY_REVOKED"))
                        .withOrg(b.id()),                                                LOGIN, EXPIRED, EXPIRED, REFUSED, EXPIRED, LOGIN),
                row("recognition for B's volunteer", swapped(credentials + a.id(), b.id(), "claim", "claim:submit",
                        cell -> Map.of("claim:person", Long.toString(b.volunteerId()), "claim:qualification", cell,
                                "claim:description", "十年热线经验", "claim:document", "证书 " + cell),
                        audit("RECOGNITION_SUBMITTED")),                                 LOGIN, EXPIRED, EXPIRED, NOTHING, EXPIRED, LOGIN),
                row("recognition in A", postback(credentials + a.id(), "claim", "claim:submit",
                        cell -> Map.of("claim:person", Long.toString(a.volunteerId()), "claim:qualification", cell,
                                "claim:description", "十年热线经验", "claim:document", "证书 " + cell),
                        audit("RECOGNITION_SUBMITTED")),                                 LOGIN, EXPIRED, EXPIRED, OK, EXPIRED, LOGIN),

                // -- an organization's region, and a region's coordinators (none of A's people coordinates a region)
                row("region of A", get(region + a.id()),                                 LOGIN, FORBIDDEN, FORBIDDEN, OK, OK, LOGIN),
                row("region of B", get(region + b.id()),                                 LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("region ?org=abc", get(region + "abc"),                              LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("set A's region", postback(region + a.id(), "place", "place:submit",
                        cell -> Map.of("place:region", regionOf(cell)), audit("ORGANIZATION_REGION_SET")),
                                                                                         LOGIN, EXPIRED, EXPIRED, OK, OK, LOGIN),
                row("set B's region by org=", swapped(region + a.id(), b.id(), "place", "place:submit",
                        cell -> Map.of("place:region", regionOf(cell)), audit("ORGANIZATION_REGION_SET")),
                                                                                         LOGIN, EXPIRED, EXPIRED, REFUSED, OK, LOGIN),
                row("region dashboard", get("/app/region.xhtml"),                        LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("region dashboard ?region=A's", get("/app/region.xhtml?region=" + regionOf("-3")), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("region dashboard ?region=abc", get("/app/region.xhtml?region=abc"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("admin: coordinators", get("/admin/coordinators.xhtml"),             LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("grant a coordinator", postback("/admin/coordinators.xhtml", "grant", "grant:submit",
                        cell -> Map.of("grant:email", b.supervisorEmail(), "grant:region", regionOf(cell)),
                        audit("COORDINATOR_GRANTED")),                                   LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("rebuild region summaries", postback("/admin/coordinators.xhtml", "rebuild", "rebuild:submit",
                        cell -> Map.of(), audit("REGION_SUMMARIES_REBUILT")),           LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),

                // -- the platform admin's pages and actions
                row("admin: organizations", get("/admin/organizations.xhtml"),           LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("admin: credentials", get("/admin/credentials.xhtml"),               LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("admin: exams", get("/admin/exams.xhtml"),                           LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("admin: content", get("/admin/content.xhtml"),                       LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("admin: audit trail", get("/admin/audit.xhtml"),                     LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("admin: item statistics", get("/admin/item-statistics.xhtml"),       LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, LOGIN),
                row("admin: exam bank export", get("/admin/exam-bank.xml"),              LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_ADDRESS, LOGIN),
                row("admin: imported questions", get("/admin/exam-drafts.xhtml?exam=EXAM-L1"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("admin: imported questions, no exam", get("/admin/exam-drafts.xhtml?exam=NONE"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, LOGIN),
                row("found an organization", postback("/admin/organizations.xhtml", "found", "found:submit",
                        cell -> Map.of("found:nameZh", "机构" + cell, "found:nameEn", "Org " + cell, "found:kind", "HOTLINE",
                                "found:region", "北京市", "found:adminEmail", cell + "@founder.example.cn",
                                "found:adminName", "管理员"), audit("ORGANIZATION_FOUNDED")), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("rotate the signing key", postback("/admin/credentials.xhtml", "rotate", "rotate:submit",
                        cell -> Map.of(), audit("SIGNING_KEY_ROTATED")),                 LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),
                row("revoke B's volunteer's credential", postback("/admin/credentials.xhtml", "revoke", "revoke:submit",
                        cell -> Map.of("revoke:number", b.credential(), "revoke:reason", "矩阵测试 " + cell),
                        audit("CREDENTIAL_REVOKED")),                                    LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN),

                // -- case matching: the organization's dispatchers and admins (DispatchIT has the dispatcher's own walk)
                row("case matching in A", get(dispatch + a.id()),                        LOGIN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, LOGIN),
                row("case matching in B", get(dispatch + b.id()),                        LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("case matching ?org=abc", get(dispatch + "abc"),                     LOGIN, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, BAD_ADDRESS, LOGIN),
                row("case matching, no org", get("/app/org/dispatch.xhtml"),             LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
                row("match a case in A", postback(dispatch + a.id(), "match", "match:submit", aCase, audit("CASE_MATCHED")),
                                                                                         LOGIN, EXPIRED, EXPIRED, OK, EXPIRED, LOGIN),
                row("match a case in B by org=", swapped(dispatch + a.id(), b.id(), "match", "match:submit", aCase,
                        audit("CASE_MATCHED")),                                          LOGIN, EXPIRED, EXPIRED, REFUSED, EXPIRED, LOGIN),
                row("match a case by API key (A's members)", matches("{\"population\":\"GENERAL_PUBLIC\",\"riskLevel\":\"LOW\"}"),
                                                                                         UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, OK),

                // -- the API: only a key verifies, and only its own organization's members by member id
                row("verify A's member by id", verify("{\"volunteer\":{\"memberId\":%d},\"requirement\":{\"minTier\":\"L1\"}}"
                        .formatted(memberId(a))),                                        UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, OK),
                row("verify B's member by id", verify("{\"volunteer\":{\"memberId\":%d},\"requirement\":{\"minTier\":\"L1\"}}"
                        .formatted(memberId(b))),                                        UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, NOT_FOUND),
                row("verify B's volunteer by credential number", verify(("{\"volunteer\":{\"credentialNumber\":\"%s\"},"
                        + "\"requirement\":{\"minTier\":\"L1\"}}").formatted(b.credential())), // public, as /verify is
                                                                                         UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, OK),
                row("public: API description", get("/openapi"),                          OK, OK, OK, OK, OK, OK),
                row("public: credential by number", get("/api/v1/credentials/" + b.credential()), OK, OK, OK, OK, OK, OK),
                row("public: verify page", get("/verify/" + b.credential()),             OK, OK, OK, OK, OK, OK),
                row("public: organization directory", get("/api/v1/organizations").showing(b.adminEmail()), HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
                row("public: catalog", get("/api/v1/catalog/courses"),                  OK, OK, OK, OK, OK, OK),
                row("public: search", get("/api/v1/search?q=%E5%80%BE%E5%90%AC"),         OK, OK, OK, OK, OK, OK),
                row("public: status list", get("/api/v1/status-lists/revocation"),       OK, OK, OK, OK, OK, OK),
                row("public: audit checkpoints", get("/api/v1/audit/checkpoints"),       OK, OK, OK, OK, OK, OK),
                row("public: JWK set", get("/.well-known/jwks.json"),                    OK, OK, OK, OK, OK, OK),
                row("public: front page", get("/"),                                      OK, OK, OK, OK, OK, OK),
                row("public: directory of help", get("/help"),                           OK, OK, OK, OK, OK, OK),
                row("public: feedback form, A not listed", get("/help/feedback/" + a.id()), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                row("public: feedback QR, A not listed", get("/help/feedback/" + a.id() + "/qr.svg"), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                row("public: catalog page", get("/catalog.xhtml"),                       OK, OK, OK, OK, OK, OK));
    }

    // ---------------------------------------------------------------- rows and what they try

    /** What one cell does as one person; {@code cell} is a name unique to the cell, for what it types. */
    private interface Attempt {
        Seen run(String cell, HttpPerson person);
    }

    /** The answer, and whether the action's effect is there (always false for a page or an API read). */
    private record Seen(Answer answer, boolean done) {
    }

    /** What a row tries: a read (with what it must not show to whom) or an action (with its effect). */
    private record Try(Attempt attempt, String secret, boolean action) {

        Try showing(String text) {
            return new Try(attempt, text, action);
        }
    }

    private record Row(String action, Try attempt, Map<Role, Outcome> expected) {

        org.junit.jupiter.api.function.Executable check(Role role, HttpPerson person) {
            return () -> {
                String cell = "m" + RUN + "-" + action.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT)
                        + "-" + role.ordinal();
                Seen seen = attempt.attempt().run(cell, person);
                assertEquals(expected.get(role), outcome(seen, attempt), action + " × " + role + ": " + seen);
            };
        }
    }

    private static Row row(String action, Try attempt, Outcome... byRole) {
        assertEquals(Role.values().length, byRole.length, action);
        Map<Role, Outcome> expected = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            expected.put(role, byRole[role.ordinal()]);
        }
        return new Row(action, attempt, expected);
    }

    /**
     * The cell's outcome. An effect with a refusing answer, a 5xx or any other status is no {@link Outcome} and
     * fails the cell with what was seen.
     */
    private static Object outcome(Seen seen, Try attempt) {
        Answer answer = seen.answer();
        String body = answer.body();
        Object refusal = null;
        if (answer.redirectsTo("/login.xhtml")) {
            refusal = LOGIN;
        } else if (answer.status() == 401) {
            refusal = UNAUTHORIZED;
        } else if (answer.status() == 403) {
            refusal = body.contains("无权访问") || body.contains("\"code\"") ? FORBIDDEN : "403 without the message";
        } else if (answer.status() == 404) {
            refusal = NOT_FOUND;
        } else if (answer.status() == 400) {
            refusal = body.contains("地址有误") ? BAD_ADDRESS : body.contains("页面已过期") ? EXPIRED
                    : "400 without the message";
        } else if (answer.status() != 200 && answer.status() != 302 && answer.status() != 303) {
            refusal = "status " + answer.status();
        }
        if (refusal != null) {
            return seen.done() ? "done despite " + refusal : refusal;
        }
        if (attempt.action()) {
            return seen.done() ? OK : body.contains("无权进行此操作") ? REFUSED : NOTHING;
        }
        return attempt.secret() == null || body.contains(attempt.secret()) ? OK : HIDDEN;
    }

    private static Try get(String path) {
        return new Try((cell, person) -> new Seen(person.get(path), false), null, false);
    }

    /**
     * Presses a form's button on {@code page} with {@code fields}: as shown to the person where they may see it,
     * otherwise forged with the view state of their own home page (or the front page).
     */
    private Try postback(String page, String form, String button, Function<String, Map<String, String>> fields,
                         LongSupplier effect) {
        return new Try((cell, person) -> {
            long before = effect.getAsLong();
            Answer shown = person.get(page);
            Answer answer = shown.status() == 200 && shown.document().getElementById(form) != null
                    ? person.postback(shown, form, button, fields.apply(cell))
                    : person.forgedPostback(viewStateOf(person), page, form, button, fields.apply(cell));
            return new Seen(answer, effect.getAsLong() > before);
        }, null, true);
    }

    /**
     * The organization swapped in a postback: the person's own page of A posted back with {@code org} (B's id, or
     * garbage) in the body, which the page's view parameter takes.
     */
    private Try swapped(String ownPage, Object org, String form, String button,
                        Function<String, Map<String, String>> fields, LongSupplier effect) {
        String path = ownPage.substring(0, ownPage.indexOf('?'));
        return new Try((cell, person) -> {
            long before = effect.getAsLong();
            Map<String, String> posted = new LinkedHashMap<>(fields.apply(cell));
            posted.put("org", org.toString());
            Answer shown = person.get(ownPage);
            Answer answer;
            if (shown.status() == 200 && shown.document().getElementById(form) != null) {
                assertFalse(shown.document().getElementById(form).attr("action").contains("org="),
                        "the form's address names the organization itself; the swap would not be tried");
                answer = person.postback(shown, form, button, posted);
            } else {
                answer = person.forgedPostback(viewStateOf(person), path, form, button, posted);
            }
            return new Seen(answer, effect.getAsLong() > before);
        }, null, true);
    }

    /**
     * Presses the first of a table's row buttons on {@code page}, with the row's text fields filled and its
     * supervisor box flipped (so that a role change changes something). Someone not shown the page posts the
     * name the organization's admin is shown, with their own view state: the server has no such row for them.
     */
    private RowAction rowAction(String page, String form, Function<Answer, org.jsoup.select.Elements> buttons,
                                LongSupplier effect) {
        return new RowAction(page, form, buttons, effect, null);
    }

    private final class RowAction {
        private final String page;
        private final String form;
        private final Function<Answer, org.jsoup.select.Elements> buttons;
        private final LongSupplier effect;
        private final Object org;

        RowAction(String page, String form, Function<Answer, org.jsoup.select.Elements> buttons, LongSupplier effect,
                  Object org) {
            this.page = page;
            this.form = form;
            this.buttons = buttons;
            this.effect = effect;
            this.org = org;
        }

        /** The same with {@code org} swapped in the postback. */
        Try withOrg(Object swappedOrg) {
            return new RowAction(page, form, buttons, effect, swappedOrg).asTry();
        }

        Try asTry() {
            String adminsButton = buttons.apply(people.get(Role.ORG_ADMIN).get(page)).first().attr("name");
            return new Try((cell, person) -> {
                long before = effect.getAsLong();
                Answer shown = person.get(page);
                Map<String, String> changes = new LinkedHashMap<>();
                if (org != null) {
                    changes.put("org", org.toString());
                }
                Answer answer;
                if (shown.status() == 200 && !buttons.apply(shown).isEmpty()) {
                    Element button = buttons.apply(shown).first();
                    Element tableRow = button.closest("tr");
                    for (Element text : tableRow.select("input[type=text]")) {
                        changes.put(text.attr("name"), "矩阵测试 " + cell);
                    }
                    for (Element box : tableRow.select("input[type=checkbox][id$=:supervisor]")) {
                        if (box.hasAttr("checked")) {
                            box.removeAttr("checked");
                        } else {
                            box.attr("checked", "checked");
                        }
                    }
                    answer = person.postback(new Answer(shown.path(), 200, "", shownWith(shown, tableRow)), form,
                            button.attr("name"), changes);
                } else {
                    answer = person.forgedPostback(viewStateOf(person), page, form, adminsButton, changes);
                }
                return new Seen(answer, effect.getAsLong() > before);
            }, null, true);
        }
    }

    /** The page as the person would submit it after flipping boxes in {@code changedRow}. */
    private static String shownWith(Answer shown, Element changedRow) {
        return changedRow.ownerDocument().outerHtml();
    }

    /** A view state this person was really given: their home page's, or the front page's for the anonymous. */
    private static Answer viewStateOf(HttpPerson person) {
        Answer home = person.get("/app/home.xhtml");
        return home.viewState().isPresent() ? home : person.get("/index.xhtml");
    }

    private Try matches(String json) {
        return new Try((cell, person) -> new Seen(person.postJson("/api/v1/matches", json), false), null, false);
    }

    private Try verify(String json) {
        return new Try((cell, person) -> new Seen(person.postJson("/api/v1/verifications", json), false), null, false);
    }

    /** How many audit events of these actions there are: an action's effect, whatever page or service made it. */
    private static LongSupplier audit(String... actions) {
        String in = String.join(",", java.util.Collections.nCopies(actions.length, "?"));
        return () -> number("SELECT COUNT(*) FROM krn_audit_event WHERE action IN (" + in + ")", (Object[]) actions);
    }

    /** A district of Guangzhou (4401xx) for a cell: each role's cell its own, so that each sets something new. */
    private static String regionOf(String cell) {
        return "4401" + (cell.charAt(cell.length() - 1) - '0' + 1) + RUN.charAt(RUN.length() - 1);
    }

    /**
     * Answers for an organization that is not listed, written as the feedback store writes them: the public form
     * takes answers for listed organizations only, and listing one is ServicesIT's story, not the matrix's.
     */
    private static void feedbackFor(long organization, int comments) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement add = db.prepareStatement("INSERT INTO svc_feedback (organization_id, received_on, "
                     + "rating, respected, told_more_help, comment) VALUES (?, CURRENT_DATE, 1, FALSE, FALSE, ?)")) {
            for (int i = 0; i < comments; i++) {
                add.setLong(1, organization);
                add.setString(2, "矩阵反馈 " + organization + " " + i);
                add.executeUpdate();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long memberId(Org org) {
        return number("SELECT id FROM idn_membership WHERE organization_id = ? AND person_id = ?", org.id(),
                org.volunteerId());
    }

    private static long number(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    // ---------------------------------------------------------------- the two organizations

    /**
     * An organization as people make it, through the pages: founded by the platform admin with its admin; a
     * volunteer and a supervisor who accepted invitations (the supervisor with an L4 recognized, so that they may
     * sign off); an L2 credential of the volunteer's; an API key; an invitation still pending; and a practice
     * session of the volunteer's waiting for the supervisor, whose reflection is the organization's secret.
     */
    private Org organization(String tag) {
        CredentialSetup.Setup made = CredentialSetup.organizationWithVolunteer(base, tag + RUN);
        String supervisor = "matrix.sup." + tag + RUN + "@example.cn";
        String supervisorName = "督导" + tag + RUN;
        try (Browser browser = new Browser(base, "zh-CN")) {
            CredentialSetup.register(browser, supervisorName, supervisor);
        }
        try (Browser admin = new Browser(base, "zh-CN")) {
            CredentialSetup.login(admin, made.orgAdminEmail(), PASSWORD);
            Invitations.join(base, admin, made.organizationId(), supervisor, PASSWORD);
            admin.open("/app/org/members.xhtml?org=" + made.organizationId());
            for (int i = 0; i < 20; i++) {
                if (admin.has("name-" + i) && admin.text("name-" + i).equals(supervisorName)) {
                    admin.check("members:table:" + i + ":supervisor", true).submit("members:table:" + i + ":save");
                    break;
                }
            }
            Invitations.invite(admin, made.organizationId(), "pending." + tag + RUN + "@example.cn");
        }
        long supervisorId = CredentialSetup.personId(supervisor);
        CredentialSetup.recognize(base, made.orgAdminEmail(), PASSWORD, made.organizationId(), supervisorId, "L4");
        String credential = CredentialSetup.credentialByRecognition(base, made, "L2");
        String key = CredentialSetup.apiKey(base, made, 600);

        // sessions of recent days are not "before joining" whatever the hour
        number("SELECT 1"); // the connection works before the update below
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement earlier = db.prepareStatement(
                     "UPDATE idn_membership SET joined_at = joined_at - INTERVAL 30 DAY WHERE organization_id = ?")) {
            earlier.setLong(1, made.organizationId());
            earlier.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        String secret = "机构" + tag + "的保密反思" + RUN;
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        try (Browser volunteer = new Browser(base, "zh-CN")) {
            CredentialSetup.login(volunteer, made.volunteerEmail(), PASSWORD);
            volunteer.open("/app/practice.xhtml");
            volunteer.select("log:signer", supervisorName + " · 证书测试机构" + tag + RUN);
            volunteer.set("log:date", yesterday).set("log:start", "14:00").type("log:minutes", "50")
                    .select("log:modality", "热线").select("log:population", "普通公众").select("log:risk", "中")
                    .type("log:reflection", secret).submit("log:submit");
            assertTrue(volunteer.page().contains("已提交"), volunteer.page());
        }
        HttpPerson ownSupervisor = HttpPerson.loggedIn(base, supervisor, PASSWORD);
        assertTrue(ownSupervisor.get("/app/supervision.xhtml").body().contains(secret),
                "the organization's own supervisor sees the session the matrix hides from others");
        return new Org(made.organizationId(), made.orgAdminEmail(), made.volunteerEmail(), made.volunteerPersonId(),
                supervisor, supervisorId, credential, key, secret);
    }
}
