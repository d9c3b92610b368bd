package academy.anxin.learning.domain;

import java.util.Arrays;
import java.util.List;

/** Short lists of codes or tags (prerequisites, topics) kept in one column, comma separated: they are read whole. */
final class CodeList {

    private CodeList() {
    }

    static String join(List<String> codes) {
        return String.join(",", codes);
    }

    static List<String> split(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
