package academy.anxin.practice.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers practice's tables ({@code prc_*}) with the schema migrations. */
@ApplicationScoped
public class PracticeSchema {

    @Produces
    ContextSchema practiceSchema() {
        return new ContextSchema("practice", 30, "prc_schema_history");
    }
}
