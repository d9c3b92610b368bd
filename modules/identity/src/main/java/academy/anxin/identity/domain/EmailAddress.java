package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as people type it, trimmed and lower-cased so that one address is one account. */
public record EmailAddress(String value) {

    /** RFC 5321 limits an address to 254 characters. */
    public static final int MAX_LENGTH = 254;

    // deliberately permissive: one @, no spaces, a dot in the domain; the mailbox itself is the real test
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public static EmailAddress of(String raw) {
        String trimmed = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new DomainException("email", "identity.email.required");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new DomainException("email", "identity.email.tooLong", MAX_LENGTH);
        }
        if (!SHAPE.matcher(trimmed).matches()) {
            throw new DomainException("email", "identity.email.malformed");
        }
        return new EmailAddress(trimmed);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
