package academy.anxin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Mounts the API at {@code /api}; every resource is versioned below it ({@code /api/v1/...}). */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Anxin Academy API", version = "1",
        description = "Verification of psychological-aid volunteers' credentials, and the public directory."))
public class ApiApplication extends Application {
}
