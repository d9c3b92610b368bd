package academy.anxin.kernel.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds details in free text that could identify a person: phone numbers, resident identity numbers and email
 * addresses. One guard for every text that must identify nobody: a volunteer's reflection on a practice session
 * (kept for supervision, it must not identify the people helped) and the comment someone served leaves as service
 * feedback (anonymous by design). The platform refuses text in which anything is found and uses the findings
 * (kind and position) to say why. Service numbers such as the 12356 or 120 hotlines, years,
 * dates and durations are deliberately not findings: volunteers write them all the time and they identify nobody.
 */
public final class IdentifyingDetails {

    /** What was found. */
    public enum Kind { PHONE, RESIDENT_ID, EMAIL }

    /** One finding: {@code text.substring(start, end)} is the detail, positions in the original text. */
    public record Finding(Kind kind, int start, int end) {
    }

    // Every number pattern is fenced by (?<!\d) ... (?!\d) so that a piece of a longer digit run (an order
    // number, a bank card) never counts as a phone or an ID.

    /** 18-digit resident ID, also written 6-8-4 with single spaces; validated further in code. */
    private static final Pattern RESIDENT_ID_18 =
            Pattern.compile("(?<!\\d)(\\d{6}) ?(\\d{8}) ?(\\d{3}[\\dXx])(?!\\d)");

    /** Old 15-digit resident ID (issued until 1999, birth year written as two digits); date checked in code. */
    private static final Pattern RESIDENT_ID_15 = Pattern.compile("(?<!\\d)\\d{15}(?!\\d)");

    /** Mobile: 1[3-9]x xxxx xxxx, optionally +86 / 0086 / 86 in front, spaces or hyphens between the groups. */
    private static final Pattern MOBILE =
            Pattern.compile("(?<!\\d)(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)");

    /**
     * Landline with area code, which may stand in brackets: 010 and 02x have three digits, the others four; the
     * local number has 7 or 8 digits and does not start with 0. The area code is required: a bare 8-digit number
     * is as likely a date (20261123) as a phone. Hotlines (12356, 120, 110), 400/800 service numbers and years
     * never start with 0 at a digit boundary, so they cannot match.
     */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<!\\d)(?:\\(0(?:[12]\\d|[3-9]\\d{2})\\)|0(?:[12]\\d|[3-9]\\d{2}))[ -]?[1-9]\\d{2,3}[ -]?\\d{4}(?!\\d)");

    /** Starts only where a run of address characters starts, so the whole local part is reported. */
    private static final Pattern EMAIL =
            Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARS = "10X98765432";

    private IdentifyingDetails() {
    }

    /**
     * The identifying details in {@code text}, ordered by position and never overlapping; empty if there are none
     * (or the text is null).
     */
    public static List<Finding> in(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        String s = normalized(text);
        // Order matters for overlaps: an email may contain digits, and an ID contains what looks like a phone;
        // the wider, more specific finding is kept and whatever overlaps it is dropped.
        for (Matcher m = EMAIL.matcher(s); m.find(); ) {
            add(found, new Finding(Kind.EMAIL, m.start(), m.end()));
        }
        for (Matcher m = RESIDENT_ID_18.matcher(s); m.find(); ) {
            if (isResidentId18(m.group(1) + m.group(2) + m.group(3))) {
                add(found, new Finding(Kind.RESIDENT_ID, m.start(), m.end()));
            }
        }
        for (Matcher m = RESIDENT_ID_15.matcher(s); m.find(); ) {
            if (isBirthDate("19" + m.group().substring(6, 12))) {
                add(found, new Finding(Kind.RESIDENT_ID, m.start(), m.end()));
            }
        }
        for (Pattern phone : List.of(MOBILE, LANDLINE)) {
            for (Matcher m = phone.matcher(s); m.find(); ) {
                add(found, new Finding(Kind.PHONE, m.start(), m.end()));
            }
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(found);
    }

    /**
     * Fullwidth forms (０-９, ＠, Ａ-ｚ, －, （ ）, ＋) and the ideographic space become their ASCII twins. Each is
     * one char for one char, so positions in the normalized text are positions in the original.
     */
    private static String normalized(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static void add(List<Finding> found, Finding candidate) {
        for (Finding f : found) {
            if (candidate.start() < f.end() && f.start() < candidate.end()) {
                return;
            }
        }
        found.add(candidate);
    }

    /** ISO 7064 MOD 11-2 check digit right and a real birth date: a random 18-digit number is neither. */
    private static boolean isResidentId18(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        char check = Character.toUpperCase(id.charAt(17));
        return check == ID_CHECK_CHARS.charAt(sum % 11) && isBirthDate(id.substring(6, 14));
    }

    /** {@code yyyyMMdd} is a real date from 1900 up to today. */
    private static boolean isBirthDate(String yyyyMMdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
                    Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
