package academy.anxin.web.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one platform deployment the Arquillian test classes share (named in arquillian.xml for the suite extension):
 * Payara Micro boots once per test run instead of once per class. The classes already share one database, so each
 * keeps its data apart by its own run-unique names; a class that needs a platform of its own (a killed database, a
 * cluster, an older schema) starts it itself, outside Arquillian.
 */
public final class SharedPlatform {

    private SharedPlatform() {
    }

    @Deployment(testable = false)
    public static WebArchive platform() {
        return PlatformWar.build();
    }
}
