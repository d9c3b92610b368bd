package academy.anxin.api.v1;

import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public directory of organizations on the platform: who trains and certifies volunteers here. */
@Path("/v1/organizations")
@RequestScoped
@Tag(name = "directory")
public class OrganizationDirectoryResource {

    @Inject
    OrganizationService organizations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List organizations", description = "Public: names in Chinese and English, kind and region.")
    public List<OrganizationView> list() {
        return organizations.directory();
    }
}
