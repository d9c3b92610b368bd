package academy.anxin.credentials.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers credentials' tables ({@code crd_*}) with the schema migrations. */
@ApplicationScoped
public class CredentialsSchema {

    @Produces
    ContextSchema credentialsSchema() {
        return new ContextSchema("credentials", 50, "crd_schema_history");
    }
}
