package academy.anxin.services.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers the services context's tables ({@code svc_*}) with the schema migrations, after credentials'. */
@ApplicationScoped
public class ServicesSchema {

    @Produces
    ContextSchema servicesSchema() {
        return new ContextSchema("services", 70, "svc_schema_history");
    }
}
