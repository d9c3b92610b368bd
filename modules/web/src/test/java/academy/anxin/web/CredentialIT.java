package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.PlatformWar;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credentials in browsers: a volunteer's prior qualification is recognized and the credential is issued; the
 * volunteer finds it on their path with its QR code; a member of the public checks it by number and sees it valid;
 * the organization suspends it and the public page says "not valid" at once; reinstated, valid again. A mistyped
 * number is caught by its check digit, an unknown one is said to be unknown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    @ArquillianResource
    URL deployed;

    @Test
    void aRecognizedCredentialIsCheckedByThePublicSuspendedAndReinstated() throws Exception {
        URI base = PlatformWar.base(deployed);
        CredentialSetup.Setup setup = CredentialSetup.organizationWithVolunteer(base, RUN);
        String number = CredentialSetup.credentialByRecognition(base, setup, "L2");
        assertTrue(number.matches("AX-L2-\\d{2}-\\d{7}-\\d"), number);

        try (Browser volunteer = new Browser(base, "zh-CN")) {
            CredentialSetup.login(volunteer, setup.volunteerEmail(), setup.password());
            volunteer.open("/app/path.xhtml").assertAccessible();
            assertTrue(volunteer.text("held-L2").contains(number), volunteer.text("held-L2"));
            assertTrue(volunteer.has("step-L3"), "the next tier's requirements are shown");
            assertTrue(volunteer.text("step-L3").contains("持有有效的 L2 证书满 6 个月"), volunteer.text("step-L3"));
        }
        // the QR code is the API's; the address printed on earlier pages leads there for good
        HttpResponse<String> printed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("verify/" + number + "/qr.svg")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, printed.statusCode());
        String location = printed.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/api/v1/credentials/" + number + "/qr.svg"), location);
        HttpResponse<String> qr = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(location))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, qr.statusCode());
        assertEquals("image/svg+xml", qr.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(qr.body().startsWith("<svg") || qr.body().startsWith("<?xml"), qr.body());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("api/v1/credentials/AX-L9-26-0000001-1/qr.svg")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a malformed number has no QR code");
        // HTTP/1.1: the first /openapi is generated on demand, and an h2c connection was closed while it waited
        String openapi = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(base.resolve("openapi")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(openapi.contains("/api/v1/credentials/{number}/qr.svg"), "documented with the API: " + openapi);

        try (Browser publicVisitor = new Browser(base, "zh-CN")) {
            publicVisitor.open("/verify/" + number).assertAccessible();
            assertEquals("证书有效", publicVisitor.text("verdict"));
            assertEquals("持证志愿者" + RUN, publicVisitor.text("holder"));
            assertEquals("有效", publicVisitor.text("credential-status"));
            assertTrue(publicVisitor.text("kind").contains("L2"), publicVisitor.text("kind"));
            assertTrue(publicVisitor.text("valid-until").matches("\\d{4}-\\d{2}-\\d{2}"));
            assertTrue(!publicVisitor.page().contains(setup.volunteerEmail()), "no more than the page promises");

            CredentialSetup.suspend(base, setup, number, "接到投诉，调查期间暂停");
            publicVisitor.open("/verify/" + number);
            assertEquals("证书无效", publicVisitor.text("verdict"));
            assertEquals("已暂停：无效", publicVisitor.text("credential-status"));
            publicVisitor.assertAccessible();

            CredentialSetup.reinstate(base, setup, number, "调查结束，未发现问题");
            publicVisitor.open("/verify/" + number);
            assertEquals("证书有效", publicVisitor.text("verdict"));

            String typo = number.substring(0, number.length() - 1) + ((number.charAt(number.length() - 1) - '0' + 1) % 10);
            publicVisitor.open("/verify/" + typo);
            assertTrue(publicVisitor.text("verify-problem").contains("校验位不对"), publicVisitor.text("verify-problem"));
            publicVisitor.open("/verify.xhtml").type("number", "AX-L9-26-0000001-1").submit("check");
            assertTrue(publicVisitor.text("verify-problem").contains("不是有效的证书编号"), publicVisitor.page());
        }

        // the signing key is rotated: the credential signed before still verifies against the published keys
        try (Browser platform = new Browser(base, "zh-CN")) {
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/credentials.xhtml").assertAccessible();
            platform.submit("rotate:submit");
            assertTrue(platform.text("signing-keys").contains("已停用"), platform.text("signing-keys"));
        }
        String jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(".well-known/jwks.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        com.nimbusds.jose.jwk.JWKSet keys = com.nimbusds.jose.jwk.JWKSet.parse(jwks);
        assertTrue(keys.getKeys().size() >= 2, jwks);
        assertTrue(keys.getKeys().stream().noneMatch(com.nimbusds.jose.jwk.JWK::isPrivate), "public parts only");
        String signed = signedForm(number);
        var verified = new academy.anxin.credentials.infrastructure.signing.BadgeVerifier(keys, java.time.Clock.systemUTC())
                .verifyBadge(signed);
        assertTrue(verified.subjectId().endsWith("/verify/" + number), verified.subjectId());
    }

    private static String signedForm(String number) throws Exception {
        try (var db = java.sql.DriverManager.getConnection(System.getProperty(
                academy.anxin.web.support.TestDatabase.URL_PROPERTY));
             var query = db.prepareStatement("SELECT signed FROM crd_credential WHERE number = ?")) {
            query.setString(1, number);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
