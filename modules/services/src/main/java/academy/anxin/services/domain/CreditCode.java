package academy.anxin.services.domain;

import academy.anxin.kernel.domain.DomainException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the capitals without
 * I, O, Z, S, V; the registration authority and kind (positions 1-2), the registering place's administrative
 * division code (3-8, digits), the organization code (9-17) and a check character (18), weighted modulo 31. A
 * mistyped or invented code fails the check, which is what makes a fake listing harder.
 */
public record CreditCode(String text) implements java.io.Serializable {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(text)) {
            throw new DomainException("creditCode", "listing.creditCode.invalid", text == null ? "" : text);
        }
    }

    /** Reads a code as people type it: spaces dropped, letters upper-cased; refuses a wrong one. */
    public static CreditCode parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("creditCode", "validation.required");
        }
        return new CreditCode(typed.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character of a code's first 17 characters: C18 = 31 - (sum of value × weight) mod 31, 31 → 0. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters, not " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Positions 3-8: the administrative division where the organization was registered. */
    public String registrationRegion() {
        return text.substring(2, 8);
    }

    @Override
    public String toString() {
        return text;
    }
}
