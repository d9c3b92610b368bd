package academy.anxin.records.application;

import academy.anxin.credentials.application.CredentialFigures;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.identity.application.ApiKeyService;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.ApiKey;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.practice.domain.PracticeTallies;
import academy.anxin.records.application.OrganizationReport.KeyDayRow;
import academy.anxin.records.application.OrganizationReport.Scope;
import academy.anxin.records.domain.RecordPeriod;
import academy.anxin.records.domain.ReportFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Organizations' reports (机构报表): the organization's admins see the whole organization; a supervisor there sees
 * the same figures over their own supervisees only (the volunteers who named them on a session: their practice
 * with them, and those volunteers' learning, exams and credentials), and not the organization's API keys; anyone
 * else is refused. The scope is decided here, on the server, from the caller's roles; the figures come from
 * {@link OrganizationFigures}.
 */
@ApplicationScoped
public class OrganizationReports {

    /** The longest period a report covers, in months. */
    public static final int MAX_MONTHS = ReportFigures.MAX_MONTHS;

    @Inject
    OrganizationFigures figures;

    @Inject
    OrganizationService organizations;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    CredentialFigures credentialFigures;

    @Inject
    Clock clock;

    /** Whether the caller may open the organization's report at all (an admin, or a supervisor there). */
    public boolean mayOpen(Caller caller, long organizationId) {
        return organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN)
                || organizations.holds(caller.personId(), organizationId, Role.SUPERVISOR);
    }

    /** The report for the months {@code first} to {@code last} (both included). */
    public OrganizationReport report(Caller caller, long organizationId, YearMonth first, YearMonth last) {
        if (first == null || last == null) {
            throw new DomainException("from", "validation.required");
        }
        if (last.isBefore(first)) {
            throw new DomainException("to", "record.period.order");
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw new DomainException("from", "report.period.tooLong", Integer.toString(MAX_MONTHS));
        }
        RecordPeriod period = new RecordPeriod(first.atDay(1), last.atEndOfMonth());
        OrganizationView organization;
        Scope scope;
        Long supervisor;
        List<Long> people;
        if (organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN)) {
            organization = organizations.organization(caller, organizationId);
            scope = Scope.ORGANIZATION;
            supervisor = null;
            people = organizations.memberIds(organizationId);
        } else if (organizations.holds(caller.personId(), organizationId, Role.SUPERVISOR)) {
            organization = organizations.membershipsOf(caller).stream().map(MembershipView::organization)
                    .filter(o -> o.id() == organizationId).findFirst().orElseThrow(AccessDenied::new);
            scope = Scope.SUPERVISEES;
            supervisor = caller.personId();
            people = figures.supervisees(organizationId, caller.personId());
        } else {
            throw new AccessDenied();
        }
        List<PracticeTallies.Approved> approved = figures.approved(organizationId, supervisor, period);
        List<CredentialView> credentials = figures.credentials(organizationId, people);
        List<KeyDayRow> calls = scope == Scope.ORGANIZATION ? verificationDays(caller, organizationId, period) : null;
        return new OrganizationReport(organization, scope, people.size(), first, last,
                ReportFigures.byMonth(approved, first, last),
                ReportFigures.byKind(approved, academy.anxin.practice.domain.Modality.class,
                        PracticeTallies.Approved::modality),
                ReportFigures.byKind(approved, academy.anxin.practice.domain.Population.class,
                        PracticeTallies.Approved::population),
                ReportFigures.byKind(approved, academy.anxin.practice.domain.RiskLevel.class,
                        PracticeTallies.Approved::risk),
                figures.backlog(organizationId, supervisor),
                figures.supervisors(organizationId, supervisor, period),
                figures.courses(people, period), figures.microLessons(people, period), figures.exams(people, period),
                OrganizationFigures.byKind(credentials), figures.expiring(credentials),
                OrganizationFigures.suspendedOrRevoked(credentials),
                OrganizationFigures.eventsIn(credentials, StatusEvent.Kind.SUSPENDED, period),
                OrganizationFigures.eventsIn(credentials, StatusEvent.Kind.REVOKED, period), calls);
    }

    private List<KeyDayRow> verificationDays(Caller caller, long organizationId, RecordPeriod period) {
        Map<Long, String> names = apiKeys.list(caller, organizationId).stream()
                .collect(Collectors.toMap(ApiKey::id, k -> k.name() + " (" + k.prefix() + "…)"));
        return credentialFigures.callsPerDay(names.keySet(), OrganizationFigures.start(period.from()),
                        OrganizationFigures.end(period.to())).stream()
                .map(d -> new KeyDayRow(names.get(d.apiKeyId()), d.day(), d.allowed(), d.refused(), d.undecided()))
                .toList();
    }

    /** This month, in China Standard Time: the default end of a report's period. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(PlatformTime.ZONE));
    }
}
