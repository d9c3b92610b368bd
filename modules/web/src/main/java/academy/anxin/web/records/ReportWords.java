package academy.anxin.web.records;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.records.application.ReportTables;
import academy.anxin.web.i18n.LanguageChoice;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The words of an organization's report in the reader's language, for its page and its files alike. */
@ApplicationScoped
public class ReportWords implements ReportTables.Words {

    @Inject
    Texts texts;

    @Inject
    LanguageChoice language;

    @Override
    public String text(String key) {
        return texts.text(key);
    }

    @Override
    public String label(Enum<?> value) {
        if (value instanceof Modality) {
            return texts.text("modality." + value.name());
        }
        if (value instanceof Population) {
            return texts.text("population." + value.name());
        }
        if (value instanceof RiskLevel) {
            return texts.text("risk." + value.name());
        }
        return value.name();
    }

    @Override
    public String title(LocalizedText title) {
        return language.of(title);
    }
}
