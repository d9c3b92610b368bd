package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DomainException;

/** The name a person chose to be shown by: 1 to 100 characters, no control characters. */
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
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new DomainException("name", "identity.name.invalid");
        }
        return new PersonName(trimmed);
    }
}
