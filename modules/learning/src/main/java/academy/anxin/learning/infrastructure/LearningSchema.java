package academy.anxin.learning.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers learning's tables ({@code lrn_*}) with the schema migrations. */
@ApplicationScoped
public class LearningSchema {

    @Produces
    ContextSchema learningSchema() {
        return new ContextSchema("learning", 20, "lrn_schema_history");
    }
}
