package academy.anxin.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR that organizations deploy on Payara Server answers like the WAR does on Micro: the pages, readiness
 * with its database, and the API. It keeps the second packaging from rotting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarSmokeIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("anxin.it.ear", "target/anxin-academy.ear")));
    }

    @ArquillianResource
    URL deployed;

    @Test
    void theEarAnswersOnPayaraServer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI root = URI.create("http://localhost:" + deployed.getPort() + "/");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(root.resolve("index.xhtml"))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("安心学苑"), page.body());

        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(root.resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(root.resolve("api/v1/organizations")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().startsWith("["), api.body());
    }
}
