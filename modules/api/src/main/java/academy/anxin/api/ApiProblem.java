package academy.anxin.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every API error: a stable code for programs and a sentence for people. */
@Schema(name = "ApiProblem", description = "An error: a stable code for programs and a sentence for people.")
public record ApiProblem(@Schema(description = "e.g. verification.volunteer, rate.limited") String code,
                         @Schema(description = "in English and Chinese") String message) {
}
