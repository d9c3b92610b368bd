package academy.anxin.assessment.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers assessment's tables ({@code asm_*}) with the schema migrations. */
@ApplicationScoped
public class AssessmentSchema {

    @Produces
    ContextSchema assessmentSchema() {
        return new ContextSchema("assessment", 40, "asm_schema_history");
    }
}
