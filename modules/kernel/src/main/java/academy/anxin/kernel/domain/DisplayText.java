package academy.anxin.kernel.domain;

/**
 * Rules for text that the platform shows to other people as someone's or something's name. Invisible characters
 * are refused there: control characters, and the format characters (Unicode category Cf) among which are the
 * right-to-left override (U+202E, which can make "gnp.exe" read as "exe.png"), the other direction marks and
 * isolates, the zero-width space and joiners and the byte-order mark, with which a name can pass for another one
 * that looks the same. Chinese and English names need none of them.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /** Whether the text holds a character that is not seen, or that changes how the text around it is seen. */
    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
