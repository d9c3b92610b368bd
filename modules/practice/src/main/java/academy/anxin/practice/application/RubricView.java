package academy.anxin.practice.application;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.practice.domain.ObservedIn;
import academy.anxin.practice.domain.Rubric;
import java.util.List;

/** A rubric as a page shows it: its criteria with the four level descriptors, and where it may be observed. */
public record RubricView(String code, LocalizedText title, List<ObservedIn> observedIn, List<CriterionView> criteria,
                         int minimumLevel, int competentCount, List<LocalizedText> competentIn)
        implements java.io.Serializable {

    /** One criterion; {@code levels.get(0)} describes level 1. */
    public record CriterionView(String id, LocalizedText title, List<LocalizedText> levels)
            implements java.io.Serializable {
        public CriterionView {
            levels = List.copyOf(levels);
        }
    }

    public RubricView {
        observedIn = List.copyOf(observedIn);
        criteria = List.copyOf(criteria);
        competentIn = List.copyOf(competentIn);
    }

    static RubricView of(Rubric rubric) {
        return new RubricView(rubric.code(), rubric.title(), rubric.observedIn().stream().sorted().toList(),
                rubric.criteria().stream().map(c -> new CriterionView(c.id(), c.title(), c.levels())).toList(),
                rubric.pass().minimumLevel(), rubric.pass().competentCount(),
                rubric.criteria().stream().filter(c -> rubric.pass().competentIn().contains(c.id()))
                        .map(Rubric.Criterion::title).toList());
    }
}
