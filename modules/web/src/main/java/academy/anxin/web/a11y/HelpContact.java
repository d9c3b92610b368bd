package academy.anxin.web.a11y;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where site-help.xhtml tells people to write about a barrier: {@code anxin.help.email}, set by whoever runs the platform.
 * The default sits in the annotation too: Payara Server does not read a WAR's microprofile-config.properties inside an EAR.
 */
@Named
@ApplicationScoped
public class HelpContact {

    @Inject
    @ConfigProperty(name = "anxin.help.email", defaultValue = "help@anxin.local")
    String address;

    public String getAddress() {
        return address;
    }
}
