package academy.anxin.web.practice;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The practice context's choices, in their order, for forms and totals tables. */
@Named
@ApplicationScoped
public class PracticeVocabulary {

    public Modality[] getModalities() {
        return Modality.values();
    }

    public Population[] getPopulations() {
        return Population.values();
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }
}
