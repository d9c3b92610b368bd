package academy.anxin.records.application;

import academy.anxin.learning.domain.LearningTallies;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.records.application.OrganizationReport.CredentialRow;
import academy.anxin.records.domain.Hours;
import academy.anxin.records.domain.ReportFigures;
import academy.anxin.records.domain.ReportFigures.Tally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An organization's report as its tables, each with an id (the address of its file, {@code ?table=id}), the page's
 * table and its CSV or XLSX being one and the same: the page shows exactly what the file holds. Headers and labels
 * come in the reader's language through {@code words}.
 */
public final class ReportTables {

    /** The tables' ids, in the page's order. */
    public static final List<String> IDS = List.of("practice-months", "practice-modalities", "practice-populations",
            "practice-risks", "practice-backlog", "practice-supervisors", "learning-courses", "learning-micro", "exams",
            "credentials-kinds", "credentials-expiring", "credentials-standing", "credentials-events",
            "verification-calls");

    private ReportTables() {
    }

    /** The words a table needs: a message by key, an enum's label, a localized title in the reader's language. */
    public interface Words {
        String text(String key);

        String label(Enum<?> value);

        String title(LocalizedText title);
    }

    /** Every table of the report by id (without {@code verification-calls} when the report has none). */
    public static Map<String, ExportTable> of(OrganizationReport report, Words words) {
        Map<String, ExportTable> tables = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        report.months().forEach((month, t) -> rows.add(List.of(month.toString(), t.sessions(), hours(t))));
        tables.put("practice-months", table("practice-months", words, rows, "month", "sessions", "hours"));
        tables.put("practice-modalities", kinds("practice-modalities", words, report.modalities(), "modality"));
        tables.put("practice-populations", kinds("practice-populations", words, report.populations(), "population"));
        tables.put("practice-risks", kinds("practice-risks", words, report.risks(), "risk"));
        ReportFigures.Backlog b = report.backlog();
        tables.put("practice-backlog", table("practice-backlog", words, List.of(List.of(b.waiting(),
                new BigDecimal(ReportFigures.Backlog.days(b.median())),
                new BigDecimal(ReportFigures.Backlog.days(b.oldest())))), "waiting", "medianDays", "oldestDays"));
        tables.put("practice-supervisors", table("practice-supervisors", words, report.supervisors().stream()
                .map(s -> List.<Object>of(s.name(), s.decided(), s.approved(), s.returned(), s.rejected(),
                        BigDecimal.valueOf(s.returnedShare()), BigDecimal.valueOf(s.rejectedShare()))).toList(),
                "supervisor", "decided", "approved", "returned", "rejected", "returnedShare", "rejectedShare"));
        tables.put("learning-courses", table("learning-courses", words, report.courses().stream()
                .map(c -> List.<Object>of(words.title(c.title()), c.enrolled(), c.halfWay(), c.completed())).toList(),
                "course", "enrolled", "halfWay", "completed"));
        LearningTallies.MicroLessonUse micro = report.microLessons();
        tables.put("learning-micro", table("learning-micro", words, List.of(List.of(micro.finished(),
                micro.activeLearners(), perActive(micro))), "microFinished", "activeLearners", "microPerActive"));
        tables.put("exams", table("exams", words, report.exams().stream().map(e -> {
            List<Object> row = new ArrayList<>(List.of(words.title(e.title()), e.result().attempts(),
                    e.result().passed(), BigDecimal.valueOf(e.result().passRate())));
            for (long band : e.result().bands()) {
                row.add(band);
            }
            return row;
        }).toList(), "exam", "attempts", "passed", "passRate", "band0", "band6", "band7", "band8", "band9"));
        tables.put("credentials-kinds", table("credentials-kinds", words, report.credentialKinds().stream()
                .map(k -> List.<Object>of(words.title(k.title()), k.holders())).toList(), "credential", "holders"));
        tables.put("credentials-expiring", table("credentials-expiring", words, report.expiring().stream()
                .map(c -> List.<Object>of(c.name(), c.number(), words.title(c.title()), c.day().toString(),
                        c.window())).toList(), "name", "number", "credential", "lastDay", "window"));
        tables.put("credentials-standing", table("credentials-standing", words, report.suspendedOrRevoked().stream()
                .map(c -> List.<Object>of(c.name(), c.number(), words.title(c.title()),
                        words.text("credential.status." + c.status()), day(c))).toList(),
                "name", "number", "credential", "status", "since"));
        tables.put("credentials-events", table("credentials-events", words, List.of(
                List.of(words.text("report.event.SUSPENDED"), report.suspensionsInPeriod()),
                List.of(words.text("report.event.REVOKED"), report.revocationsInPeriod())), "event", "count"));
        if (report.verificationDays() != null) {
            tables.put("verification-calls", table("verification-calls", words, report.verificationDays().stream()
                    .map(d -> List.<Object>of(d.key(), d.day().toString(), d.allowed(), d.refused(), d.undecided()))
                    .toList(), "key", "day", "allowed", "refused", "undecided"));
        }
        return tables;
    }

    private static <E extends Enum<E>> ExportTable kinds(String id, Words words, Map<E, Tally> tallies,
                                                         String first) {
        List<List<Object>> rows = new ArrayList<>();
        tallies.forEach((kind, t) -> rows.add(List.of(words.label(kind), t.sessions(), hours(t))));
        return table(id, words, rows, first, "sessions", "hours");
    }

    private static ExportTable table(String id, Words words, List<List<Object>> rows, String... columns) {
        List<String> header = new ArrayList<>();
        for (String column : columns) {
            header.add(words.text("report.col." + column));
        }
        return new ExportTable(id, header, rows);
    }

    /** Micro-lessons per active learner, to one decimal; zero when nobody was learning. */
    static BigDecimal perActive(LearningTallies.MicroLessonUse micro) {
        return micro.activeLearners() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(micro.finished())
                .divide(BigDecimal.valueOf(micro.activeLearners()), 1, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(Tally t) {
        return new BigDecimal(Hours.of((int) t.minutes()));
    }

    private static String day(CredentialRow row) {
        return row.day() == null ? "" : row.day().toString();
    }
}
