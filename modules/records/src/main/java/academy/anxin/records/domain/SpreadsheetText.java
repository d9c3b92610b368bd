package academy.anxin.records.domain;

/**
 * Text for a cell that a spreadsheet program will open: a value starting with {@code = + - @} (or a tab or carriage
 * return, which some programs skip before reading a formula) is made plain text by a leading apostrophe, so that a
 * name like {@code =HYPERLINK(...)} typed by anyone is shown, never run (OWASP's "CSV injection" advice). Numbers the
 * export writes itself are never passed through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String disarmed(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
