package academy.anxin.credentials.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's "every rule names its sources", over the tier and endorsement rules as shipped: each file points to
 * where its format and sources are told, and every number in it (hours, months, counts, marks) carries a comment
 * on its line or just above it saying what it is sized after. A number without one is a figure nobody can defend.
 */
class RuleSourcesTest {

    /** A YAML key whose value holds a number: {@code totalMinutes: 1200}, {@code sessions: {risk: HIGH, count: 10}}. */
    private static final Pattern NUMBER_VALUE = Pattern.compile("^\\s*[A-Za-z_]+:\\s*.*\\b\\d+(\\.\\d+)?\\b.*$");

    @Test
    void everyNumberInATierOrEndorsementRuleSaysWhatItIsSizedAfter() throws IOException {
        List<String> unsourced = new ArrayList<>();
        try (Stream<Path> files = Files.list(CaseRulesTest.CONTENT.resolve("credentials"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("case-rules.yaml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.stream().noneMatch(l -> l.startsWith("#") && l.contains("content/README.md"))) {
                    unsourced.add(file.getFileName() + ": no header pointing to content/README.md");
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    int hash = line.indexOf('#');
                    String value = hash < 0 ? line : line.substring(0, hash);
                    if (value.isBlank() || !NUMBER_VALUE.matcher(value).matches() || hash >= 0) {
                        continue;
                    }
                    if (i == 0 || !lines.get(i - 1).strip().startsWith("#")) {
                        unsourced.add(file.getFileName() + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertTrue(unsourced.isEmpty(), () -> "numbers without a source:\n" + String.join("\n", unsourced));
    }
}
