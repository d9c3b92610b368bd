package academy.anxin.records.domain;

/**
 * The same algorithm as credentials' number check digit (that class is not part of its published API, so records
 * keeps its own copy, tested against the same published examples). The Damm check digit (H. Michael Damm, 2004): one decimal digit that detects every single-digit error and every
 * transposition of two adjacent digits, which are the mistakes people make when they read a number aloud or type
 * it from a printout. Chosen over Luhn (misses 09/90 swaps) and over ISO 7064 MOD 97-10 (two check digits for the
 * same guarantees) and MOD 37-2 (may need {@code *} as its check character). Digits only, so nothing in a number
 * can be confused between O and 0 or I and 1.
 */
final class DammCheckDigit {

    /** The totally anti-symmetric quasigroup of order 10 from Damm's thesis, as commonly published. */
    private static final int[][] TABLE = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    private DammCheckDigit() {
    }

    /** The check digit for a string of decimal digits. */
    static int of(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            interim = TABLE[interim][c - '0'];
        }
        return interim;
    }

    /** True when the last digit is the check digit of the ones before it. */
    static boolean valid(String digitsWithCheck) {
        return !digitsWithCheck.isEmpty() && of(digitsWithCheck) == 0;
    }
}
