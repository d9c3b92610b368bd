package academy.anxin.web.records;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.records.domain.Hours;
import academy.anxin.records.domain.ServiceRecord;
import academy.anxin.records.domain.TrainingItem;
import academy.anxin.web.i18n.LanguageChoice;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A service record's words in the reader's language: modalities, populations, training and decisions. */
@Named
@ApplicationScoped
public class RecordTexts {

    @Inject
    Texts texts;

    @Inject
    LanguageChoice language;

    /** The label of a practice or records enum value (modality, population, training kind). */
    public String label(Enum<?> value) {
        if (value instanceof Modality) {
            return texts.text("modality." + value.name());
        }
        if (value instanceof Population) {
            return texts.text("population." + value.name());
        }
        return texts.text("record.kind." + value.name());
    }

    public String decision(String status) {
        return texts.text("record.decision." + status);
    }

    /** What a training line was: the course's or exam's title, or the practice's form. */
    public String title(TrainingItem item) {
        if (item.kind() == TrainingItem.Kind.PRACTICE) {
            return texts.text("modality." + item.code());
        }
        return item.title() == null ? item.code() : language.of(item.title());
    }

    public String hours(int minutes) {
        return Hours.of(minutes);
    }

    /** What the service was, from the record: its forms and the people it served. */
    public String serviceSummary(ServiceRecord record) {
        Set<String> forms = new LinkedHashSet<>();
        Set<String> served = new LinkedHashSet<>();
        record.service().forEach(s -> {
            forms.add(label(s.modality()));
            served.add(label(s.population()));
        });
        if (forms.isEmpty()) {
            return "";
        }
        return texts.text("record.summary", String.join("、", forms), served.stream().collect(Collectors.joining("、")));
    }
}
