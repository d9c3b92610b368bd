package academy.anxin.records.domain;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of an organization's export: one volunteer's service in one month, from their {@link ServiceRecord}
 * (so the same rules decide what is service). A month with neither service nor training has no row.
 */
public record ServiceMonth(long volunteerNumber, String name, YearMonth month, int serviceMinutes, int sessions,
                           Set<Modality> modalities, Set<Population> populations, int trainingMinutes,
                           int coursesCompleted, int microLessonsCompleted, int examsPassed,
                           int commendations) {

    /** The record's months, oldest first. */
    public static List<ServiceMonth> of(ServiceRecord record) {
        SortedMap<YearMonth, Builder> months = new TreeMap<>();
        for (ServiceItem item : record.service()) {
            Builder month = months.computeIfAbsent(YearMonth.from(item.date()), m -> new Builder());
            month.serviceMinutes += item.minutes();
            month.sessions++;
            month.modalities.add(item.modality());
            month.populations.add(item.population());
        }
        for (TrainingItem item : record.training()) {
            Builder month = months.computeIfAbsent(YearMonth.from(item.date()), m -> new Builder());
            switch (item.kind()) {
                case PRACTICE -> month.trainingMinutes += item.minutes();
                case COURSE -> month.courses++;
                case MICRO_LESSON -> month.microLessons++;
                case EXAM -> month.exams++;
            }
        }
        for (Commendation commendation : record.commendations()) {
            months.computeIfAbsent(YearMonth.from(commendation.date()), m -> new Builder()).commendations++;
        }
        List<ServiceMonth> rows = new ArrayList<>();
        Basics basics = record.basics();
        months.forEach((month, b) -> rows.add(new ServiceMonth(basics.volunteerNumber(), basics.name(), month,
                b.serviceMinutes, b.sessions, b.modalities, b.populations, b.trainingMinutes, b.courses, b.microLessons, b.exams,
                b.commendations)));
        return rows;
    }

    public String serviceHours() {
        return Hours.of(serviceMinutes);
    }

    private static final class Builder {
        int serviceMinutes;
        int sessions;
        final Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        final Set<Population> populations = EnumSet.noneOf(Population.class);
        int trainingMinutes;
        int courses;
        int microLessons;
        int exams;
        int commendations;
    }
}
