package academy.anxin.records.application;

import academy.anxin.records.domain.Basics;
import academy.anxin.records.domain.Commendation;
import academy.anxin.records.domain.Evaluation;
import academy.anxin.records.domain.Hours;
import academy.anxin.records.domain.ServiceItem;
import academy.anxin.records.domain.ServiceMonth;
import academy.anxin.records.domain.ServiceRecord;
import academy.anxin.records.domain.TrainingItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A service record and an organization's months as tables for files. The column headers are fixed Chinese names
 * (the national volunteer system's language), mapped to their meaning in {@code modules/README.md}; the words inside
 * cells (modality, population, training kind, decision) come from {@code label}, the caller's language.
 */
public final class RecordFiles {

    /** The organization export's columns, in order; documented in modules/README.md. */
    public static final List<String> MONTH_COLUMNS = List.of("志愿者编号", "姓名", "月份", "服务时长（小时）",
            "服务时长（分钟）", "服务次数", "服务形式", "服务对象", "培训实践（分钟）", "完成课程", "完成微课", "通过考试",
            "表彰");

    private RecordFiles() {
    }

    /** One row per volunteer per month. */
    public static ExportTable months(List<ServiceMonth> months, Function<Enum<?>, String> label) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceMonth m : months) {
            rows.add(List.of(m.volunteerNumber(), m.name(), m.month().toString(), new BigDecimal(m.serviceHours()),
                    m.serviceMinutes(), m.sessions(), joined(m.modalities(), label), joined(m.populations(), label),
                    m.trainingMinutes(), m.coursesCompleted(), m.microLessonsCompleted(), m.examsPassed(),
                    m.commendations()));
        }
        return new ExportTable("service-records", MONTH_COLUMNS, rows);
    }

    /**
     * A volunteer's record as one table: a part per row group (basics, service, training, commendation,
     * evaluation), each row naming its part, so it reads in a spreadsheet and by a program alike.
     */
    public static ExportTable record(ServiceRecord record, Function<Enum<?>, String> label,
                                     Function<TrainingItem, String> title) {
        List<List<Object>> rows = new ArrayList<>();
        Basics b = record.basics();
        rows.add(row("基本信息", null, "姓名", b.name(), null));
        rows.add(row("基本信息", null, "志愿者编号", Long.toString(b.volunteerNumber()), null));
        rows.add(row("基本信息", null, "机构", b.organizationZh(), null));
        rows.add(row("基本信息", b.memberSince(), "加入日期", null, null));
        for (ServiceItem s : record.service()) {
            rows.add(row("服务", s.date(), label.apply(s.modality()), label.apply(s.population()), s.minutes()));
        }
        rows.add(row("服务", null, "服务时长合计（小时）", Hours.of(record.serviceMinutes()), record.serviceMinutes()));
        for (TrainingItem t : record.training()) {
            rows.add(row("培训", t.date(), label.apply(t.kind()), title.apply(t), t.minutes()));
        }
        for (Commendation c : record.commendations()) {
            rows.add(row("表彰", c.date(), null, c.reason(), null));
        }
        for (Evaluation e : record.evaluations()) {
            rows.add(row("评价", e.date(), e.supervisor(), e.comment(), null));
        }
        return new ExportTable("service-record", List.of("部分", "日期", "项目", "内容", "分钟"), rows);
    }

    private static List<Object> row(String part, Object date, String item, String content, Integer minutes) {
        List<Object> row = new ArrayList<>();
        row.add(part);
        row.add(date == null ? "" : date.toString());
        row.add(item == null ? "" : item);
        row.add(content == null ? "" : content);
        row.add(minutes == null ? "" : minutes);
        return row;
    }

    private static String joined(java.util.Collection<? extends Enum<?>> values, Function<Enum<?>, String> label) {
        return values.stream().map(label).collect(Collectors.joining("、"));
    }
}
