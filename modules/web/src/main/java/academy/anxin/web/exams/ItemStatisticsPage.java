package academy.anxin.web.exams;

import academy.anxin.assessment.application.ItemStatistics;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.http.ErrorPage;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.Locale;

/** admin/item-statistics.xhtml?exam=: item analysis of one exam, with the score distribution as a chart and a table. */
@Named
@RequestScoped
public class ItemStatisticsPage {

    @Inject
    ItemStatistics statistics;

    @Inject
    Texts texts;

    private String exam;
    private ItemStatistics.Report report;

    public void load() throws IOException {
        try {
            report = statistics.of(exam == null ? "" : exam);
        } catch (DomainException unknown) {
            ErrorPage.answer(404, texts.text("assessment.exam.unknown", exam));
        }
    }

    /** The score distribution as a Chart.js bar chart configuration, for p:chart. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        report.exam().distribution().forEach((bin, count) -> {
            labels.add(bin + "–" + (bin == 90 ? 100 : bin + 9) + "%");
            counts.add(count);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", texts.text("stats.attempts"))
                                .add("data", counts).add("backgroundColor", "#2f6f8f"))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /** A statistic to two decimals, or a dash when it is not defined (too few attempts). */
    public String decimal(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** An item's flags (too easy, too hard, negative discrimination) as the admin reads them. */
    public String flags(ItemStatistics.Row item) {
        StringBuilder text = new StringBuilder();
        for (var flag : item.statistics().flags()) {
            text.append(text.isEmpty() ? "" : "; ").append(texts.text("stats.flag." + flag.name()));
        }
        return text.toString();
    }

    public ItemStatistics.Report getReport() {
        return report;
    }

    public String getExam() {
        return exam;
    }

    public void setExam(String exam) {
        this.exam = exam;
    }
}
