package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.LocalizedText;

/** An exam as its descriptor states it: the blueprint, its version, title, and the tier or endorsement it serves. */
public record ExamDefinition(Blueprint blueprint, int version, LocalizedText title, String servesKind,
                             String servesCode) {

    public static final String TIER = "TIER";
    public static final String ENDORSEMENT = "ENDORSEMENT";
}
