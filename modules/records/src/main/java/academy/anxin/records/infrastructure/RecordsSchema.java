package academy.anxin.records.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers records' tables ({@code rec_*}) with the schema migrations, after every context it reads. */
@ApplicationScoped
public class RecordsSchema {

    @Produces
    ContextSchema recordsSchema() {
        return new ContextSchema("records", 60, "rec_schema_history");
    }
}
