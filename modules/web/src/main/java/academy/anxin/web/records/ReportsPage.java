package academy.anxin.web.records;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.records.application.ExportTable;
import academy.anxin.records.application.OrganizationReport;
import academy.anxin.records.application.OrganizationReports;
import academy.anxin.records.application.ReportTables;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * app/org/reports.xhtml?org=N&amp;from=YYYY-MM&amp;to=YYYY-MM: the organization's report (机构报表), for its admins
 * (the whole organization) and its supervisors (their supervisees only; the scope is the server's,
 * {@link OrganizationReports}). Each table is shown as it is exported (app/org/report.csv and .xlsx), and the
 * tables that compare quantities have a chart of the same figures beside them. The period is a plain GET form, so
 * a period is an address one can keep.
 */
@Named
@RequestScoped
public class ReportsPage {

    /** Looked up once: each {@code Json.createX} looks the provider up through the class loader again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The default period: this month and the five before it. */
    static final int DEFAULT_MONTHS = 6;

    /** Which tables have a chart, with the columns it draws (the first column labels the bars). */
    private static final Map<String, int[]> CHARTED = Map.of("practice-months", new int[] {2},
            "practice-modalities", new int[] {2}, "practice-populations", new int[] {2},
            "practice-risks", new int[] {2}, "practice-supervisors", new int[] {5, 6},
            "learning-courses", new int[] {1, 2, 3}, "exams", new int[] {3}, "credentials-kinds", new int[] {1});

    @Inject
    OrganizationReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportWords words;

    @Inject
    Texts texts;

    private Long org;
    private String from;
    private String to;
    private OrganizationReport report;
    private Map<String, ExportTable> tables;

    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            if (!reports.mayOpen(currentUser.caller(), PageAccess.required(org))) {
                throw new AccessDenied();
            }
            YearMonth last = month(to);
            YearMonth first = month(from);
            if (last == null) {
                last = reports.thisMonth();
            }
            if (first == null) {
                first = last.minusMonths(DEFAULT_MONTHS - 1);
            }
            try {
                report = reports.report(currentUser.caller(), org, first, last);
            } catch (DomainException refused) {
                texts.show(refused, Map.of());
                last = reports.thisMonth();
                first = last.minusMonths(DEFAULT_MONTHS - 1);
                report = reports.report(currentUser.caller(), org, first, last);
            }
            from = report.first().toString();
            to = report.last().toString();
            tables = ReportTables.of(report, words);
        });
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            texts.error(null, texts.text("report.period.month"));
            return null;
        }
    }

    /** The tables of one section, in order ("practice", "learning", "exams", "credentials", "verification"). */
    public List<ExportTable> section(String prefix) {
        return tables.values().stream().filter(t -> t.sheet().startsWith(prefix)).toList();
    }

    public boolean charted(ExportTable table) {
        return CHARTED.containsKey(table.sheet()) && !table.rows().isEmpty();
    }

    /**
     * A table's chart as a Chart.js configuration for p:chart (a bar per row, a dataset per drawn column). The
     * configuration is written into a script element, so every {@code <} is escaped: a key's or course's name
     * cannot close the script.
     */
    public String chart(ExportTable table) {
        int[] columns = CHARTED.get(table.sheet());
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        table.rows().forEach(row -> labels.add(String.valueOf(row.get(0))));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int column : columns) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            table.rows().forEach(row -> data.add(number(row.get(column))));
            datasets.add(JSON.createObjectBuilder().add("label", table.header().get(column)).add("data", data));
        }
        return config(labels, datasets, columns.length > 1, false);
    }

    /** The verification calls per day, all keys together, allowed and refused stacked. */
    public String getVerificationChart() {
        ExportTable calls = tables.get("verification-calls");
        Map<String, long[]> days = new TreeMap<>();
        calls.rows().forEach(row -> {
            long[] day = days.computeIfAbsent(String.valueOf(row.get(1)), d -> new long[2]);
            day[0] += ((Number) row.get(2)).longValue();
            day[1] += ((Number) row.get(3)).longValue();
        });
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder allowed = JSON.createArrayBuilder();
        JsonArrayBuilder refused = JSON.createArrayBuilder();
        days.forEach((day, counts) -> {
            labels.add(day);
            allowed.add(counts[0]);
            refused.add(counts[1]);
        });
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("label", calls.header().get(2)).add("data", allowed))
                .add(JSON.createObjectBuilder().add("label", calls.header().get(3)).add("data", refused));
        return config(labels, datasets, true, true);
    }

    private static String config(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend, boolean stacked) {
        JsonObjectBuilder options = JSON.createObjectBuilder().add("animation", false)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", legend)));
        if (stacked) {
            options.add("scales", JSON.createObjectBuilder()
                    .add("x", JSON.createObjectBuilder().add("stacked", true))
                    .add("y", JSON.createObjectBuilder().add("stacked", true)));
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString().replace("<", "\\u003c");
    }

    private static BigDecimal number(Object cell) {
        return cell instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) cell).longValue());
    }

    public String title(ExportTable table) {
        return texts.text("report.table." + table.sheet());
    }

    public boolean isNumber(Object cell) {
        return cell instanceof Number;
    }

    public boolean isSupervisees() {
        return report.scope() == OrganizationReport.Scope.SUPERVISEES;
    }

    public OrganizationReport getReport() {
        return report;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
