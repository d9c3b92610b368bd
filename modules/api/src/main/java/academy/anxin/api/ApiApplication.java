package academy.anxin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Mounts the API at {@code /api}; every resource is versioned below it ({@code /api/v1/...}). */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Anxin Academy API", version = "1",
        description = "Verification of psychological-aid volunteers' credentials for case-assignment services "
                + "(POST /api/v1/verifications, with an organization's API key), the credentials' signed Open Badges "
                + "3.0 form and status lists for offline verifiers (keys at /.well-known/jwks.json), the curriculum "
                + "catalog and search, and the public directory of organizations."))
public class ApiApplication extends Application {
}
