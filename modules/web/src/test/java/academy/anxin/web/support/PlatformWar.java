package academy.anxin.web.support;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real platform WAR as Maven built it, for {@code @Deployment}; and the URL the browser should use. */
public final class PlatformWar {

    public static final String ADMIN_EMAIL = "admin@anxin.test";
    public static final String ADMIN_PASSWORD = "keeper-of-the-platform-2026";

    private PlatformWar() {
    }

    public static WebArchive build() {
        File war = new File(System.getProperty("anxin.it.war", "target/anxin-academy.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("run the tests through Maven (mvn verify): no " + war);
        }
        // deployed as ROOT.war, so that it answers at "/" exactly as ./setup/run serves it
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * Micro advertises the host's external address; pages are used through localhost, as a person on this
     * machine would, which browsers also treat as a secure context.
     */
    public static URI base(URL deployed) {
        return URI.create("http://localhost:" + deployed.getPort() + "/");
    }
}
