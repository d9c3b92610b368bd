package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.DomainException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one requirement of one credential rule, e.g. {@code L4/practice.total} or {@code L3/tier.L2}, so that a
 * recognized prior qualification can say which requirements it satisfies. The local part is derived from the
 * requirement itself (see {@link Requirement#localId()}), never written by hand, so it stays stable while the
 * rule's numbers change.
 */
public record RequirementId(CredentialKind credential, String local) implements java.io.Serializable {

    private static final Pattern LOCAL = Pattern.compile("[a-z]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern TEXT = Pattern.compile("([A-Z0-9_]+)/(.+)");

    public RequirementId {
        if (credential == null || local == null || !LOCAL.matcher(local).matches()) {
            throw new IllegalArgumentException("requirement id " + credential + "/" + local);
        }
    }

    /** Reads "L4/practice.total"; a malformed or unknown one is refused for the given input field. */
    public static RequirementId parse(String text, String field) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        CredentialKind kind = matcher.matches() ? CredentialKind.parse(matcher.group(1)) : null;
        if (kind == null || !LOCAL.matcher(matcher.group(2)).matches()) {
            throw new DomainException(field, "credential.requirementId.invalid", String.valueOf(text));
        }
        return new RequirementId(kind, matcher.group(2));
    }

    @Override
    public String toString() {
        return credential.code() + "/" + local;
    }
}
