package academy.anxin.identity.application;

/** A person as another context may show them: an id and a display name, nothing more. */
public record PersonRef(long personId, String name) implements java.io.Serializable {
}
