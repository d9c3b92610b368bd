package academy.anxin.records.domain;

import academy.anxin.kernel.domain.DomainException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number printed on a service record certificate (志愿服务记录证明) and typed into its public check page, e.g.
 * {@code AXR-26-0000123-4}: the platform's prefix for service records, the two-digit year of issue, a serial number
 * within that year, and a {@link DammCheckDigit Damm check digit} over year and serial, so a mistyped digit or two
 * swapped neighbours never reach the lookup. The prefix differs from a credential's ({@code AX-L2-...}), so neither
 * number is taken for the other.
 */
public record CertificateNumber(int year, long serial) implements java.io.Serializable {

    public static final long LARGEST_SERIAL = 9_999_999;

    private static final Pattern SHAPE = Pattern.compile("AXR-(\\d{2})-(\\d{7})-(\\d)");

    public CertificateNumber {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("year " + year);
        }
        if (serial < 1 || serial > LARGEST_SERIAL) {
            throw new IllegalArgumentException("serial " + serial);
        }
    }

    /**
     * Reads a number as a person typed it (surrounding spaces and lower case forgiven). Refused, for the field
     * {@code number}: anything not of the shape, and a wrong check digit.
     */
    public static CertificateNumber parse(String text) {
        String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher matcher = SHAPE.matcher(normalized);
        if (!matcher.matches() || Long.parseLong(matcher.group(2)) == 0) {
            throw new DomainException("number", "record.number.format", String.valueOf(text));
        }
        if (!DammCheckDigit.valid(matcher.group(1) + matcher.group(2) + matcher.group(3))) {
            throw new DomainException("number", "record.number.checkDigit", normalized);
        }
        return new CertificateNumber(2000 + Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    public String text() {
        String digits = String.format(Locale.ROOT, "%02d%07d", year % 100, serial);
        return "AXR-" + digits.substring(0, 2) + "-" + digits.substring(2) + "-" + DammCheckDigit.of(digits);
    }

    @Override
    public String toString() {
        return text();
    }
}
