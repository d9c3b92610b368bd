package academy.anxin.kernel.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers the kernel's tables (audit trail) with the schema migrations. */
@ApplicationScoped
public class KernelSchema {

    @Produces
    ContextSchema kernelSchema() {
        return new ContextSchema("kernel", 0, "krn_schema_history");
    }
}
