package academy.anxin.records.application;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.credentials.domain.StandingChanged;
import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.MembershipChanged;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.domain.PracticeApproved;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.records.domain.Readiness;
import academy.anxin.records.domain.RegionSummaries.MonthRow;
import academy.anxin.records.domain.RegionSummaries.StandingRow;
import academy.anxin.records.domain.RegionSummaries;
import academy.anxin.records.domain.ServiceRecord;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps the region summaries current from the other contexts' facts, and rebuilds them from their ledgers:
 * <ul>
 *   <li>practice's {@link PracticeApproved} adds the session's minutes (a reversal's negative ones) to its
 *       organization's month of approval, as service or as training ({@link ServiceRecord#TRAINING_MODALITIES});</li>
 *   <li>credentials' {@link StandingChanged} and identity's {@link MembershipChanged} replace that person's rows:
 *       one per organization they volunteer in, and one per credential valid as that organization sees it (its own
 *       suspensions applied) with its end of validity, so that an expiry needs no event;</li>
 *   <li>{@link #rebuild} replaces everything from the ledgers (practice's approved sessions, identity's memberships,
 *       credentials' registry): at the first start that finds no summaries, and when a platform admin asks.</li>
 * </ul>
 * Each runs after the fact's transaction committed, in a transaction of its own; should one fail, the summaries are
 * behind by that fact until the next rebuild (the failure is logged).
 */
@ApplicationScoped
public class RegionSummaryUpkeep {

    private static final Logger LOG = Logger.getLogger(RegionSummaryUpkeep.class.getName());
    private static final int HOLDERS_PER_READ = 1000;

    @Inject
    RegionSummaries summaries;

    @Inject
    PracticeLog practice;

    @Inject
    OrganizationService organizations;

    @Inject
    CredentialRegistry credentials;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RegionSummaryUpkeep self;

    @Resource
    ManagedExecutorService executor;

    /*
     * The observers run while the finished transaction is still bound to the thread, where Payara cannot begin
     * another (as credentials' Issuance found): the work goes to a pool thread, which has none. Nobody waits for it.
     */
    void approved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeApproved approved) {
        executor.submit(() -> {
            try {
                self.add(approved);
            } catch (RuntimeException e) {
                LOG.warning("region summaries: session " + approved.sessionId() + " not added (" + e + ");"
                        + " a rebuild brings it in");
            }
        });
    }

    void standing(@Observes(during = TransactionPhase.AFTER_SUCCESS) StandingChanged changed) {
        executor.submit(() -> refresh(changed.holderId()));
    }

    void membership(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged changed) {
        executor.submit(() -> refresh(changed.personId()));
    }

    void atStart(@Observes @Priority(StartupPhase.REGION_SUMMARIES) SchemaMigrated migrated) {
        if (self.builtAt().isEmpty()) {
            long started = System.nanoTime();
            rebuildAll();
            LOG.info("region summaries built from the ledgers in " + (System.nanoTime() - started) / 1_000_000
                    + " ms");
        }
    }

    @Transactional
    public void add(PracticeApproved approved) {
        summaries.addApproved(monthRow(approved.organizationId(), YearMonth.from(approved.at().atZone(
                PlatformTime.ZONE)).toString(), approved.modality(), approved.minutes(),
                Integer.signum(approved.minutes())));
    }

    private void refresh(long personId) {
        try {
            List<Long> volunteering = organizations.volunteeringIn(personId);
            List<CredentialView> held = credentials.unnamedOf(List.of(personId));
            Map<Long, Set<String>> suspended = held.isEmpty() ? Map.of() : credentials.suspensionsByOrganization();
            List<StandingRow> rows = new ArrayList<>();
            for (long organizationId : volunteering) {
                rows.addAll(standingRows(organizationId, personId, held,
                        suspended.getOrDefault(organizationId, Set.of())));
            }
            self.replace(personId, rows);
        } catch (RuntimeException e) {
            LOG.warning("region summaries: person " + personId + " not refreshed (" + e + "); a rebuild does it");
        }
    }

    @Transactional
    public void replace(long personId, List<StandingRow> rows) {
        summaries.replaceStanding(personId, rows);
    }

    @Transactional
    public java.util.Optional<Instant> builtAt() {
        return summaries.builtAt();
    }

    /** A platform admin rebuilds the summaries from the ledgers (audited); how long it took, in milliseconds. */
    public long rebuild(Caller caller) {
        if (!accounts.account(caller).platformAdmin()) {
            throw new AccessDenied();
        }
        long started = System.nanoTime();
        rebuildAll();
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(new AuditRecord(caller.actor(), "REGION_SUMMARIES_REBUILT", "records:region-summaries",
                "in " + millis + " ms", caller.address()));
        return millis;
    }

    private void rebuildAll() {
        Map<String, MonthRow> months = new LinkedHashMap<>();
        for (PracticeSessions.ApprovedMonth m : practice.approvedByOrganizationMonth()) {
            MonthRow row = monthRow(m.organizationId(), m.month(), m.modality(), m.minutes(), m.sessions());
            months.merge(m.organizationId() + " " + m.month(), row, (a, b) -> new MonthRow(a.organizationId(),
                    a.month(), a.serviceMinutes() + b.serviceMinutes(), a.serviceSessions() + b.serviceSessions(),
                    a.trainingMinutes() + b.trainingMinutes()));
        }
        List<long[]> volunteerships = organizations.allVolunteerships();
        Map<Long, List<Long>> organizationsOf = volunteerships.stream().collect(Collectors.groupingBy(
                v -> v[0], LinkedHashMap::new, Collectors.mapping(v -> v[1], Collectors.toList())));
        Map<Long, Set<String>> suspended = credentials.suspensionsByOrganization();
        List<Long> people = new ArrayList<>(organizationsOf.keySet());
        List<StandingRow> standing = new ArrayList<>();
        for (int from = 0; from < people.size(); from += HOLDERS_PER_READ) {
            List<Long> chunk = people.subList(from, Math.min(people.size(), from + HOLDERS_PER_READ));
            Map<Long, List<CredentialView>> held = credentials.unnamedOf(chunk).stream()
                    .collect(Collectors.groupingBy(CredentialView::holderId));
            for (long person : chunk) {
                for (long organizationId : organizationsOf.get(person)) {
                    standing.addAll(standingRows(organizationId, person, held.getOrDefault(person, List.of()),
                            suspended.getOrDefault(organizationId, Set.of())));
                }
            }
        }
        self.store(new ArrayList<>(months.values()), standing);
    }

    @Transactional
    public void store(List<MonthRow> months, List<StandingRow> standing) {
        summaries.rebuild(months, standing, clock.instant());
    }

    /** A volunteer's rows in one organization: the membership, and each credential valid as it sees them. */
    static List<StandingRow> standingRows(long organizationId, long personId, Collection<CredentialView> held,
                                          Set<String> suspendedHere) {
        List<StandingRow> rows = new ArrayList<>();
        rows.add(new StandingRow(organizationId, personId, "MEMBER", 0, 0, RegionSummaries.NEVER));
        for (CredentialView credential : held) {
            if (!credential.isValid() || suspendedHere.contains(credential.number())
                    || credential.validUntil() == null) {
                continue;
            }
            var kind = credential.kind();
            rows.add(new StandingRow(organizationId, personId, kind.code(),
                    kind.isTier() ? Readiness.rank(kind.tier()) : 0,
                    kind.isTier() ? 0 : Readiness.bit(kind.endorsement()), credential.validUntil()));
        }
        return rows;
    }

    private static MonthRow monthRow(long organizationId, String month,
                                     academy.anxin.practice.domain.Modality modality, long minutes, long sessions) {
        boolean training = ServiceRecord.TRAINING_MODALITIES.contains(modality);
        return new MonthRow(organizationId, month, training ? 0 : minutes, training ? 0 : sessions,
                training ? minutes : 0);
    }
}
