package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;

/**
 * One version of an exam item as read from a bank (the platform's own files, Moodle XML or GIFT), before it is
 * stored. {@code key} holds option indices from 0: the right one (SINGLE), every right one (MULTIPLE), 0 for true
 * or 1 for false (TRUE_FALSE, whose options are "true" and "false"), or the options' order (ORDERING, where the
 * options are listed in the right order and the key is 0..n-1). Banks written in one language carry that text in
 * both and say so ({@code needsTranslation}), so that nothing reaches volunteers half translated unnoticed.
 */
public record BankItem(String id, int version, ItemType type, List<String> competencies, int difficulty,
                       LocalizedText stem, List<LocalizedText> options, List<Integer> key, LocalizedText rationale,
                       String scenarioId, LocalizedText vignette, boolean needsTranslation) {

    public BankItem {
        competencies = List.copyOf(competencies);
        options = List.copyOf(options);
        key = List.copyOf(key);
    }
}
