package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The number printed on a credential and typed into the public check page, e.g. {@code AX-L2-26-0000123-8}:
 * the platform's prefix, what it certifies, the two-digit year of issue, a serial number, and a {@link
 * DammCheckDigit Damm check digit} over the kind, year and serial. A mistyped digit or two swapped neighbours never
 * reach the database lookup: {@link #parse} refuses them.
 *
 * <p>The kind is a short code so a person can tell an L2 from an endorsement at a glance; it enters the check
 * digit as its own digit (1 to 9), so a valid-looking but wrong kind is caught too.
 */
public record CredentialNumber(CredentialKind kind, int year, long serial) {

    public static final long LARGEST_SERIAL = 9_999_999;

    private static final String PREFIX = "AX";
    private static final Pattern SHAPE = Pattern.compile("AX-([A-Z0-9]{2})-(\\d{2})-(\\d{7})-(\\d)");

    /** Short code and check-digit value of each kind; never reorder, issued numbers depend on them. */
    private static final Map<CredentialKind, String> SEGMENT = Map.of(
            CredentialKind.of(Tier.L1), "L1", CredentialKind.of(Tier.L2), "L2",
            CredentialKind.of(Tier.L3), "L3", CredentialKind.of(Tier.L4), "L4",
            CredentialKind.of(Endorsement.DISABILITY), "DA", CredentialKind.of(Endorsement.DISASTER), "DS",
            CredentialKind.of(Endorsement.YOUTH), "YO", CredentialKind.of(Endorsement.OLDER_ADULTS), "OA",
            CredentialKind.of(Endorsement.BEREAVEMENT), "BE");
    private static final Map<String, CredentialKind> KIND = SEGMENT.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
    private static final Map<String, Integer> DIGIT = Map.of(
            "L1", 1, "L2", 2, "L3", 3, "L4", 4, "DA", 5, "DS", 6, "YO", 7, "OA", 8, "BE", 9);

    public CredentialNumber {
        Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("year " + year);
        }
        if (serial < 1 || serial > LARGEST_SERIAL) {
            throw new IllegalArgumentException("serial " + serial);
        }
    }

    /** The number for the {@code serial}-th credential of this kind issued in {@code year} (from a sequence). */
    public static CredentialNumber of(CredentialKind kind, int year, long serial) {
        return new CredentialNumber(kind, year, serial);
    }

    /**
     * Reads a number as a person typed it (surrounding spaces and lower case forgiven). Refused, for the field
     * {@code number}: anything not of the shape, an unknown kind, and a wrong check digit.
     */
    public static CredentialNumber parse(String text) {
        String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher matcher = SHAPE.matcher(normalized);
        if (!matcher.matches() || !DIGIT.containsKey(matcher.group(1))) {
            throw new DomainException("number", "credential.number.format", String.valueOf(text));
        }
        String segment = matcher.group(1);
        if (!DammCheckDigit.valid(DIGIT.get(segment) + matcher.group(2) + matcher.group(3) + matcher.group(4))) {
            throw new DomainException("number", "credential.number.checkDigit", normalized);
        }
        CredentialKind kind = KIND.get(segment);
        return new CredentialNumber(kind, 2000 + Integer.parseInt(matcher.group(2)),
                Long.parseLong(matcher.group(3)));
    }

    /** True when {@code text} reads as a number, for quick checks that need no reason. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    public String text() {
        String segment = SEGMENT.get(kind);
        // zero-padded by hand: String.format was a measurable part of each verification call
        String yy = padded(year % 100, 2);
        String serialDigits = padded(serial, 7);
        int check = DammCheckDigit.of(DIGIT.get(segment) + yy + serialDigits);
        return PREFIX + "-" + segment + "-" + yy + "-" + serialDigits + "-" + check;
    }

    private static String padded(long value, int width) {
        String digits = Long.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    @Override
    public String toString() {
        return text();
    }
}
