package academy.anxin.records.domain;

import academy.anxin.practice.domain.PracticeTallies;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The rules by which an organization's report puts counts together, in one place so that they are tested without
 * a container: months without practice are shown as nothing done (not left out), every modality, population and
 * risk level has its row, the backlog's wait is the median and the longest, shares are of decisions made, and
 * exam scores fall into five bands.
 */
public final class ReportFigures {

    /** A report shows at most this many months; a longer period shows its last ones. */
    public static final int MAX_MONTHS = 36;

    /** The score bands' lower edges in tenths: under 60 %, 60–69, 70–79, 80–89, 90–100. */
    public static final int[] BAND_FLOORS = {0, 6, 7, 8, 9};

    private ReportFigures() {
    }

    /** Sessions and minutes; sessions count a reversal as minus one. */
    public record Tally(long sessions, long minutes) {

        public static final Tally NONE = new Tally(0, 0);

        Tally plus(long moreSessions, long moreMinutes) {
            return new Tally(sessions + moreSessions, minutes + moreMinutes);
        }

        public String hours() {
            return Hours.of((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, minutes)));
        }
    }

    /** Approved practice per month from {@code first} to {@code last}, each month present. */
    public static Map<YearMonth, Tally> byMonth(List<PracticeTallies.Approved> approved, YearMonth first,
                                                YearMonth last) {
        YearMonth start = first != null ? first : approved.stream().map(PracticeTallies.Approved::month)
                .min(Comparator.naturalOrder()).orElse(last);
        if (start.isBefore(last.minusMonths(MAX_MONTHS - 1))) {
            start = last.minusMonths(MAX_MONTHS - 1);
        }
        Map<YearMonth, Tally> months = new TreeMap<>();
        for (YearMonth m = start; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, Tally.NONE);
        }
        for (PracticeTallies.Approved a : approved) {
            months.computeIfPresent(a.month(), (m, t) -> t.plus(a.sessions(), a.minutes()));
        }
        return months;
    }

    /** Approved practice per value of one kind (modality, population or risk), every value present in order. */
    public static <E extends Enum<E>> Map<E, Tally> byKind(List<PracticeTallies.Approved> approved, Class<E> type,
                                                           Function<PracticeTallies.Approved, E> kind) {
        Map<E, Tally> tallies = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            tallies.put(value, Tally.NONE);
        }
        for (PracticeTallies.Approved a : approved) {
            tallies.merge(kind.apply(a), new Tally(a.sessions(), a.minutes()),
                    (t, more) -> t.plus(more.sessions(), more.minutes()));
        }
        return tallies;
    }

    /** Sessions waiting for sign-off: how many, and how long the middle one and the oldest have waited. */
    public record Backlog(int waiting, Duration median, Duration oldest) {

        public static Backlog of(List<Instant> submittedAt, Instant now) {
            if (submittedAt.isEmpty()) {
                return new Backlog(0, Duration.ZERO, Duration.ZERO);
            }
            List<Duration> waits = submittedAt.stream().map(at -> Duration.between(at, now))
                    .map(d -> d.isNegative() ? Duration.ZERO : d).sorted().toList();
            int n = waits.size();
            Duration median = n % 2 == 1 ? waits.get(n / 2)
                    : waits.get(n / 2 - 1).plus(waits.get(n / 2)).dividedBy(2);
            return new Backlog(n, median, waits.get(n - 1));
        }

        /** A wait in days, one decimal. */
        public static String days(Duration wait) {
            return java.math.BigDecimal.valueOf(wait.toMinutes()).divide(java.math.BigDecimal.valueOf(1440), 1,
                    java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** One supervisor's decisions in the period, with the shares returned and rejected (of decisions made). */
    public record SupervisorShare(long supervisorId, String name, long approved, long returned, long rejected) {

        public long decided() {
            return approved + returned + rejected;
        }

        public double returnedShare() {
            return share(returned);
        }

        public double rejectedShare() {
            return share(rejected);
        }

        private double share(long part) {
            return decided() == 0 ? 0 : Math.round(part * 1000.0 / decided()) / 10.0;
        }
    }

    /** Supervisors by name, each with their decisions. */
    public static List<SupervisorShare> shares(List<PracticeTallies.Decisions> decisions, Map<Long, String> names) {
        return decisions.stream().filter(d -> d.total() > 0)
                .map(d -> new SupervisorShare(d.supervisorId(), names.getOrDefault(d.supervisorId(), "#" + d.supervisorId()),
                        d.approved(), d.returned(), d.rejected()))
                .sorted(Comparator.comparing(SupervisorShare::name).thenComparing(SupervisorShare::supervisorId))
                .toList();
    }

    /** One exam's submitted attempts: how many, how many passed, and how many fell in each score band. */
    public record ExamResult(String examCode, long attempts, long passed, long[] bands) {

        public ExamResult {
            bands = bands.clone();
        }

        @Override
        public long[] bands() {
            return bands.clone();
        }

        /** Percent of attempts that passed, one decimal. */
        public double passRate() {
            return attempts == 0 ? 0 : Math.round(passed * 1000.0 / attempts) / 10.0;
        }
    }

    /** Score tenths (0..10) per exam folded into {@link #BAND_FLOORS}' bands, exams in code order. */
    public static List<ExamResult> exams(List<ScoreTenth> tenths) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Long> passed = new LinkedHashMap<>();
        for (ScoreTenth t : tenths) {
            long[] bands = counts.computeIfAbsent(t.examCode(), k -> new long[BAND_FLOORS.length]);
            bands[band(t.tenth())] += t.attempts();
            passed.merge(t.examCode(), t.passed(), Long::sum);
        }
        List<ExamResult> results = new ArrayList<>();
        counts.forEach((code, bands) -> results.add(new ExamResult(code, java.util.Arrays.stream(bands).sum(),
                passed.getOrDefault(code, 0L), bands)));
        return results;
    }

    /** Attempts of one exam in one tenth of the score. */
    public record ScoreTenth(String examCode, int tenth, long attempts, long passed) {
    }

    static int band(int tenth) {
        for (int b = BAND_FLOORS.length - 1; b >= 0; b--) {
            if (tenth >= BAND_FLOORS[b]) {
                return b;
            }
        }
        return 0;
    }

    /** Which of the next 30, 60 or 90 days a validity ends in; 0 when it ended already or ends later. */
    public static int expiryWindow(Instant validUntil, Instant now) {
        if (validUntil == null || !validUntil.isAfter(now)) {
            return 0;
        }
        for (int days : new int[] {30, 60, 90}) {
            if (!validUntil.isAfter(now.plus(Duration.ofDays(days)))) {
                return days;
            }
        }
        return 0;
    }
}
