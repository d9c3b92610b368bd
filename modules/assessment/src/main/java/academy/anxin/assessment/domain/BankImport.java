package academy.anxin.assessment.domain;

import java.util.List;

/**
 * What reading a question bank gave: the items it could map to the platform's types, the questions it could not
 * (listed, never silently dropped), and problems that make the file unusable as it stands.
 */
public record BankImport(List<BankItem> items, List<Unsupported> unsupported, List<String> problems) {

    public BankImport {
        items = List.copyOf(items);
        unsupported = List.copyOf(unsupported);
        problems = List.copyOf(problems);
    }

    /** A question of a type the platform does not grade: its name or first words, its type, and where it was. */
    public record Unsupported(String name, String type, int line) implements java.io.Serializable {
    }
}
