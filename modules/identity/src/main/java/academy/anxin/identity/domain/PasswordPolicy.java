package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DomainException;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be. Following NIST SP 800-63B rather than composition rules: long enough, not one of the
 * passwords attackers try first, and not built from the person's own email address. Long passphrases in Chinese
 * or any script are welcome.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Bounds the cost of hashing what a client sends. */
    public static final int MAX_LENGTH = 128;

    // the most tried passwords (public breach-corpus top lists), plus ones built from this platform's own words
    private static final Set<String> COMMON = Set.of(
            "1234567890", "12345678910", "123456789a", "1234567890a", "0123456789", "9876543210", "1111111111",
            "0000000000", "1q2w3e4r5t", "qwertyuiop", "1qaz2wsx3edc", "asdfghjkl1", "password12", "password123",
            "password1234", "passw0rd123", "iloveyou12", "woaini1314", "woaini520", "5201314520", "qwerty12345",
            "abc1234567", "abcd123456", "a123456789", "aa12345678", "zxcvbnm123", "11223344556", "88888888888",
            "anxin12345", "anxinacademy", "volunteer1", "volunteer123", "12356123560", "administrator",
            "admin12345", "admin123456", "changeme123", "welcome123", "letmein1234");

    private PasswordPolicy() {
    }

    /** Refuses a password with the first reason that applies; {@code email} may be null when not yet known. */
    public static void check(String password, EmailAddress email) {
        if (password == null || password.isEmpty()) {
            throw new DomainException("password", "identity.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("password", "identity.password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("password", "identity.password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.codePoints().distinct().count() < 4) {
            throw new DomainException("password", "identity.password.common");
        }
        if (email != null && email.localPart().length() >= 4 && lower.contains(email.localPart())) {
            throw new DomainException("password", "identity.password.containsEmail");
        }
    }
}
