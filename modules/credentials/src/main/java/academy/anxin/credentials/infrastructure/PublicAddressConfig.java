package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.PublicAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's public addresses from its configured public base address ({@code anxin.public.url}). */
@ApplicationScoped
public class PublicAddressConfig {

    @Inject
    @ConfigProperty(name = "anxin.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Produces
    PublicAddresses publicAddresses() {
        return new PublicAddresses(publicUrl);
    }
}
