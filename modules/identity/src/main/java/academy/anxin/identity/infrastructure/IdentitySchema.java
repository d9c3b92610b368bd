package academy.anxin.identity.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers identity's tables ({@code idn_*}) with the schema migrations. */
@ApplicationScoped
public class IdentitySchema {

    @Produces
    ContextSchema identitySchema() {
        return new ContextSchema("identity", 10, "idn_schema_history");
    }
}
