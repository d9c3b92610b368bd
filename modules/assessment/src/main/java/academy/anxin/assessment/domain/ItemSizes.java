package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of an item the store holds, field by field, checked before an import writes anything: a 100 KB question
 * in a GIFT file is refused by name instead of failing the whole import in the database ("Data too long"). The
 * limits are the columns of {@code asm_item}: texts are MariaDB {@code TEXT} (65,535 bytes in UTF-8, so about
 * 21,000 Chinese characters), codes and lists are {@code VARCHAR} counted in characters.
 */
public final class ItemSizes {

    /** A MariaDB TEXT column, in bytes. */
    public static final int TEXT_BYTES = 65_535;
    /** asm_item.item_code and scenario_code. */
    public static final int CODE_CHARACTERS = 60;
    /** asm_item.competencies, the tags joined with commas. */
    public static final int COMPETENCIES_CHARACTERS = 400;
    /** asm_item.answer_key, the key's indices joined with commas. */
    public static final int KEY_CHARACTERS = 100;

    /** One field over its limit: its name, the limit, and whether the limit counts bytes (else characters). */
    public record Oversized(String field, int limit, boolean bytes) {
    }

    private ItemSizes() {
    }

    /** The fields of {@code item} that its row could not hold; empty when it fits. */
    public static List<Oversized> oversized(BankItem item) {
        List<Oversized> found = new ArrayList<>();
        characters(found, "id", item.id(), CODE_CHARACTERS);
        characters(found, "scenario", item.scenarioId(), CODE_CHARACTERS);
        characters(found, "competencies", String.join(",", item.competencies()), COMPETENCIES_CHARACTERS);
        characters(found, "key", Answers.format(item.key()), KEY_CHARACTERS);
        text(found, "stem", item.stem());
        text(found, "rationale", item.rationale());
        text(found, "vignette", item.vignette());
        if (optionsBytes(item.options()) > TEXT_BYTES) {
            found.add(new Oversized("options", TEXT_BYTES, true));
        }
        return found;
    }

    private static void characters(List<Oversized> found, String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            found.add(new Oversized(field, limit, false));
        }
    }

    private static void text(List<Oversized> found, String field, LocalizedText text) {
        if (text == null) {
            return;
        }
        if (bytes(text.zh()) > TEXT_BYTES) {
            found.add(new Oversized(field + ".zh", TEXT_BYTES, true));
        }
        if (bytes(text.en()) > TEXT_BYTES) {
            found.add(new Oversized(field + ".en", TEXT_BYTES, true));
        }
    }

    /** The size of the options' column as {@link OptionsConverter} writes it: [{"zh":"…","en":"…"},…]. */
    private static long optionsBytes(List<LocalizedText> options) {
        long size = 2 + Math.max(0, options.size() - 1);
        for (LocalizedText option : options) {
            size += "{\"zh\":,\"en\":}".length() + jsonBytes(option.zh()) + jsonBytes(option.en());
        }
        return size;
    }

    /** A JSON string's bytes: its quotes, and escapes (two bytes for quotes, backslashes and \n, six for others). */
    private static long jsonBytes(String value) {
        long size = 2 + bytes(value);
        for (int i = 0; value != null && i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
                size += 1;
            } else if (c < 0x20) {
                size += 5;
            }
        }
        return size;
    }

    private static int bytes(String value) {
        return value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
    }
}
