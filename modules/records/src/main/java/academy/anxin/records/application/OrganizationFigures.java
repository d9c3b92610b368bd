package academy.anxin.records.application;

import academy.anxin.assessment.application.ExamCatalog;
import academy.anxin.assessment.application.ExamFigures;
import academy.anxin.credentials.application.CredentialFigures;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.LearningFigures;
import academy.anxin.learning.domain.LearningTallies;
import academy.anxin.practice.application.PracticeFigures;
import academy.anxin.practice.domain.PracticeTallies;
import academy.anxin.records.application.OrganizationReport.CourseRow;
import academy.anxin.records.application.OrganizationReport.CredentialRow;
import academy.anxin.records.application.OrganizationReport.ExamRow;
import academy.anxin.records.application.OrganizationReport.KindRow;
import academy.anxin.records.domain.RecordPeriod;
import academy.anxin.records.domain.ReportFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The aggregate figures behind organizations' reports, each read by one indexed aggregate query of the context that
 * owns the ledger (practice's {@code PracticeFigures}, learning's {@code LearningFigures}, assessment's
 * {@code ExamFigures}, credentials' {@code CredentialFigures}) and put together by {@link ReportFigures}. No access
 * check here, and no names beyond what a figure needs: {@link OrganizationReports} decides who sees an
 * organization's figures and whose; a regional dashboard reuses the same methods over several organizations and
 * suppresses small counts itself. {@code supervisorId} null means the whole organization.
 */
@ApplicationScoped
public class OrganizationFigures {

    @Inject
    PracticeFigures practice;

    @Inject
    LearningFigures learning;

    @Inject
    ExamFigures exams;

    @Inject
    CredentialFigures credentials;

    @Inject
    Catalog catalog;

    @Inject
    ExamCatalog examCatalog;

    @Inject
    OrganizationService organizations;

    @Inject
    Clock clock;

    /** Approved practice in the period, per month and kind (reversals net out). */
    public List<PracticeTallies.Approved> approved(long organizationId, Long supervisorId, RecordPeriod period) {
        return practice.approved(organizationId, supervisorId, period.from(), period.to());
    }

    /** The sign-off backlog now. */
    public ReportFigures.Backlog backlog(long organizationId, Long supervisorId) {
        return ReportFigures.Backlog.of(practice.waitingSince(organizationId, supervisorId), clock.instant());
    }

    /** Each supervisor's decisions made in the period, with their names. */
    public List<ReportFigures.SupervisorShare> supervisors(long organizationId, Long supervisorId,
                                                           RecordPeriod period) {
        List<PracticeTallies.Decisions> decisions = practice.decisions(organizationId, supervisorId,
                start(period.from()), end(period.to()));
        Map<Long, String> names = organizations.names(decisions.stream()
                .map(PracticeTallies.Decisions::supervisorId).toList());
        return ReportFigures.shares(decisions, names);
    }

    /** Who a supervisor's supervisees are in the organization (still members). */
    public List<Long> supervisees(long organizationId, long supervisorId) {
        Set<Long> members = new HashSet<>(organizations.memberIds(organizationId));
        return practice.superviseesOf(organizationId, supervisorId).stream().filter(members::contains).toList();
    }

    /** The completion funnel per course of these people's enrollments started in the period. */
    public List<CourseRow> courses(Collection<Long> people, RecordPeriod period) {
        Map<String, LocalizedText> titles = catalog.titles();
        return learning.funnel(people, start(period.from()), end(period.to())).stream()
                .map(f -> new CourseRow(f.courseCode(), titles.getOrDefault(f.courseCode(), plain(f.courseCode())),
                        f.enrolled(), f.halfWay(), f.completed()))
                .toList();
    }

    /** The micro-lessons these people finished in the period and how many of them were learning then. */
    public LearningTallies.MicroLessonUse microLessons(Collection<Long> people, RecordPeriod period) {
        return learning.microLessons(people, start(period.from()), end(period.to()));
    }

    /** Attempts, passes and score bands per exam of these people's attempts submitted in the period. */
    public List<ExamRow> exams(Collection<Long> people, RecordPeriod period) {
        Map<String, LocalizedText> titles = examCatalog.titles();
        List<ReportFigures.ScoreTenth> tenths = exams.bands(people, start(period.from()), end(period.to())).stream()
                .map(b -> new ReportFigures.ScoreTenth(b.examCode(), b.tenth(), b.attempts(), b.passed())).toList();
        return ReportFigures.exams(tenths).stream()
                .map(r -> new ExamRow(r.examCode(), titles.getOrDefault(r.examCode(), plain(r.examCode())), r))
                .toList();
    }

    /** These people's credentials as the organization sees them (its own suspensions count), with histories. */
    public List<CredentialView> credentials(long organizationId, Collection<Long> people) {
        return credentials.heldBy(organizationId, people);
    }

    /** How many people hold a valid credential of each kind: tiers first (L1..L4), then endorsements. */
    public static List<KindRow> byKind(List<CredentialView> views) {
        Map<String, Set<Long>> holders = new TreeMap<>();
        Map<String, CredentialView> sample = new TreeMap<>();
        for (CredentialView v : views) {
            if (v.isValid()) {
                holders.computeIfAbsent(v.code(), k -> new HashSet<>()).add(v.holderId());
                sample.putIfAbsent(v.code(), v);
            }
        }
        return sample.values().stream()
                .sorted(Comparator.comparing((CredentialView v) -> !v.kind().isTier()).thenComparing(CredentialView::code))
                .map(v -> new KindRow(v.code(), v.title(), v.kind().isTier(), holders.get(v.code()).size()))
                .toList();
    }

    /** Active credentials ending within 90 days, soonest first, each with its window (30, 60 or 90). */
    public List<CredentialRow> expiring(List<CredentialView> views) {
        Instant now = clock.instant();
        return views.stream().filter(CredentialView::isValid)
                .filter(v -> ReportFigures.expiryWindow(v.validUntil(), now) > 0)
                .sorted(Comparator.comparing(CredentialView::validUntil))
                .map(v -> new CredentialRow(v.holderId(), v.holderName(), v.number(), v.title(), v.status().name(),
                        day(v.validUntil().minusNanos(1)), ReportFigures.expiryWindow(v.validUntil(), now)))
                .toList();
    }

    /** Credentials standing suspended (platform-wide or by this organization) or revoked, by holder. */
    public static List<CredentialRow> suspendedOrRevoked(List<CredentialView> views) {
        return views.stream()
                .filter(v -> v.status().name().equals("SUSPENDED") || v.status().name().equals("REVOKED"))
                .map(v -> new CredentialRow(v.holderId(), v.holderName(), v.number(), v.title(), v.status().name(),
                        v.history().stream().filter(e -> e.kind() == StatusEvent.Kind.SUSPENDED
                                        || e.kind() == StatusEvent.Kind.REVOKED)
                                .map(StatusEvent::at).max(Comparator.naturalOrder()).map(OrganizationFigures::day)
                                .orElse(null), 0))
                .sorted(Comparator.comparing(CredentialRow::name).thenComparing(CredentialRow::number))
                .toList();
    }

    /** How many events of this kind the credentials' histories hold in the period. */
    public static long eventsIn(List<CredentialView> views, StatusEvent.Kind kind, RecordPeriod period) {
        return views.stream().flatMap(v -> v.history().stream()).filter(e -> e.kind() == kind)
                .filter(e -> period.contains(day(e.at()))).count();
    }

    static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(PlatformTime.ZONE).toInstant();
    }

    static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(PlatformTime.ZONE).toInstant();
    }

    static LocalDate day(Instant at) {
        return at.atZone(PlatformTime.ZONE).toLocalDate();
    }

    private static LocalizedText plain(String code) {
        return new LocalizedText(code, code);
    }
}
