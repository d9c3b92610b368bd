package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DisplayText;
import academy.anxin.kernel.domain.DomainException;

/**
 * The name a person chose to be shown by: 1 to 100 characters, nothing hidden ({@link DisplayText}). A longer name
 * is refused, never cut: a cut name may read as someone else's.
 */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 100;

    public static PersonName of(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("name", "identity.name.required");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new DomainException("name", "identity.name.tooLong", MAX_LENGTH);
        }
        if (DisplayText.hasHiddenCharacters(trimmed)) {
            throw new DomainException("name", "identity.name.invalid");
        }
        return new PersonName(trimmed);
    }
}
