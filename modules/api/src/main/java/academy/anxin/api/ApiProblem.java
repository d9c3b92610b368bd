package academy.anxin.api;

/** The body of every API error: a stable code for programs and a sentence for people. */
public record ApiProblem(String code, String message) {
}
