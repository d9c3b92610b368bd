package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * This one-language item completed by {@code translation}, the same question read from a bank in
     * {@code translated}'s language: its next version, in both languages. Empty when the two are not the same
     * question (another type, another number of options or another key), so nothing is paired by id alone.
     */
    public Optional<BankItem> translatedBy(BankItem translation, Language translated) {
        if (!needsTranslation || translation.type != type || translation.options.size() != options.size()
                || !translation.key.equals(key) || (vignette == null) != (translation.vignette == null)) {
            return Optional.empty();
        }
        List<LocalizedText> pairedOptions = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            pairedOptions.add(paired(options.get(i), translation.options.get(i), translated));
        }
        return Optional.of(new BankItem(id, version + 1, type, competencies, difficulty,
                paired(stem, translation.stem, translated), pairedOptions, key,
                paired(rationale, translation.rationale, translated), scenarioId,
                vignette == null ? null : paired(vignette, translation.vignette, translated), false));
    }

    private static LocalizedText paired(LocalizedText original, LocalizedText translation, Language translated) {
        return translated == Language.EN
                ? new LocalizedText(original.zh(), translation.en())
                : new LocalizedText(translation.zh(), original.en());
    }

    /** Whether {@code other} is this item as read in {@code language}: the same question, text and key. */
    public boolean sameIn(Language language, BankItem other) {
        if (other.type != type || !other.key.equals(key) || other.options.size() != options.size()
                || !stem.in(language).equals(other.stem.in(language))
                || !rationale.in(language).equals(other.rationale.in(language))
                || (vignette == null ? other.vignette != null
                    : other.vignette == null || !vignette.in(language).equals(other.vignette.in(language)))) {
            return false;
        }
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).in(language).equals(other.options.get(i).in(language))) {
                return false;
            }
        }
        return true;
    }
}
