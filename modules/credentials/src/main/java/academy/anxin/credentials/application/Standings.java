package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.OrganizationSuspension;
import academy.anxin.credentials.domain.OrganizationSuspensions;
import academy.anxin.credentials.domain.StandingChanged;
import academy.anxin.kernel.platform.DatabaseOutage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Holders' credentials as verification reads them, kept in memory, so that a case-assignment service's call costs
 * no database round trip. Stored credentials only change by issuance and appended status events, both of which
 * pass through {@link Credentials}: a change made here is dropped from memory as its transaction ends, and one
 * made by another node is found by a poll of the status events every 400 ms. Status and validity are computed
 * from the dates at each call, so an expiry needs no change at all. Organizations' suspensions for themselves are
 * kept here too, all of them, read again at each poll.
 */
@ApplicationScoped
public class Standings {

    private static final Logger LOG = Logger.getLogger(Standings.class.getName());
    /** Holders kept; past this the memory starts again empty (a bound, not a policy: it is far above use). */
    static final int MOST_HOLDERS = 100_000;
    /**
     * How often other nodes' changes are looked for: a credential suspended or revoked through one node is refused
     * by every other within a second (the poll, its query and the look-back together stay under it).
     */
    static final long POLL_MS = 400;
    /** Status events looked at again by each poll: more than the transactions a node has in flight at once. */
    private static final int LOOK_BACK = 64;

    @Inject
    Credentials store;

    @Inject
    OrganizationSuspensions orgSuspensions;

    @Inject
    Standings self;

    @Inject
    DatabaseOutage outage;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Long> holders = new ConcurrentHashMap<>();
    private final Map<Long, List<Credentials.Stored>> credentials = new ConcurrentHashMap<>();
    /** Counts invalidations, so that a load that raced a change is not kept. */
    private final AtomicLong generation = new AtomicLong();
    /** Organizations' standing suspensions for themselves, by organization; null until loaded or once dropped. */
    private volatile Map<Long, Set<String>> suspendedByOrganization;
    private volatile long seenEvent = -1;
    /**
     * The events of the look-back window already acted on: each poll sees them again, and forgetting their holders
     * at every poll kept a few hundred holders out of memory for good (and dropped every bulk read then in flight).
     */
    private final Set<Long> handledEvents = ConcurrentHashMap.newKeySet();
    private volatile ScheduledFuture<?> polling;

    /** The holder of a credential number (which never changes holder); empty when there is no such number. */
    public Optional<Long> holderOf(String canonicalNumber) {
        watch();
        Long holder = holders.get(canonicalNumber);
        if (holder != null) {
            return Optional.of(holder);
        }
        Optional<Long> found = self.loadHolder(canonicalNumber);
        found.ifPresent(h -> {
            bound(holders);
            holders.put(canonicalNumber, h);
        });
        return found;
    }

    /** The holder's credentials with their events, as stored. */
    public List<Credentials.Stored> of(long holderId) {
        watch();
        List<Credentials.Stored> known = credentials.get(holderId);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        List<Credentials.Stored> loaded = List.copyOf(self.load(holderId));
        bound(credentials);
        credentials.put(holderId, loaded);
        if (generation.get() != before) {
            // a change ended while this was loading: what was read may predate it
            credentials.remove(holderId, loaded);
        }
        return loaded;
    }

    /**
     * The numbers of the credentials an organization has suspended for its own checks. They are few: all of them
     * are kept, reloaded by each poll (another node's suspension shows within a second) and dropped at a local change.
     */
    public Set<String> suspendedBy(long organizationId) {
        watch();
        Map<Long, Set<String>> known = suspendedByOrganization;
        if (known == null) {
            long before = generation.get();
            known = self.loadOrganizationSuspensions();
            if (generation.get() == before) {
                suspendedByOrganization = known;
            }
        }
        return known.getOrDefault(organizationId, Set.of());
    }

    @Transactional
    public Map<Long, Set<String>> loadOrganizationSuspensions() {
        return orgSuspensions.allStanding().stream().collect(Collectors.groupingBy(
                OrganizationSuspension::organizationId, Collectors.mapping(OrganizationSuspension::number,
                        Collectors.toUnmodifiableSet())));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) StandingChanged change) {
        forget(change.holderId());
    }

    /**
     * Many holders' credentials at once, as {@link #of(long)} gives each: those not yet in memory are read in one
     * query per thousand rather than one each (an organization of thousands matched for the first time).
     */
    public Map<Long, List<Credentials.Stored>> ofAll(java.util.Collection<Long> holderIds) {
        watch();
        Map<Long, List<Credentials.Stored>> found = new java.util.HashMap<>(holderIds.size() * 2);
        List<Long> missing = new java.util.ArrayList<>();
        for (Long holder : holderIds) {
            List<Credentials.Stored> known = credentials.get(holder);
            if (known != null) {
                found.put(holder, known);
            } else {
                missing.add(holder);
            }
        }
        for (int from = 0; from < missing.size(); from += 1000) {
            List<Long> part = missing.subList(from, Math.min(missing.size(), from + 1000));
            long before = generation.get();
            Map<Long, List<Credentials.Stored>> loaded = new java.util.HashMap<>();
            for (Credentials.Stored stored : self.loadAll(part)) {
                loaded.computeIfAbsent(stored.credential().holderId(), h -> new java.util.ArrayList<>()).add(stored);
            }
            boolean raced = generation.get() != before;
            for (Long holder : part) {
                List<Credentials.Stored> theirs = List.copyOf(loaded.getOrDefault(holder, List.of()));
                found.put(holder, theirs);
                if (!raced) {
                    // a change ended while this was loading: what was read may predate it, so it is not kept
                    bound(credentials);
                    credentials.putIfAbsent(holder, theirs);
                }
            }
        }
        return found;
    }

    @Transactional
    public List<Credentials.Stored> loadAll(List<Long> holderIds) {
        return store.ofHolders(holderIds);
    }

    private void forget(long holderId) {
        generation.incrementAndGet();
        credentials.remove(holderId);
        suspendedByOrganization = null;
    }

    @Transactional
    public Optional<Long> loadHolder(String canonicalNumber) {
        return store.holderOf(canonicalNumber);
    }

    @Transactional
    public List<Credentials.Stored> load(long holderId) {
        return store.ofHolder(holderId);
    }

    @Transactional
    public Credentials.Changes changesAfter(long event) {
        return store.changesAfter(event);
    }

    @Transactional
    public long latestEvent() {
        return store.latestEvent();
    }

    /** Starts the poll for other nodes' changes at first use, having noted where the events stand. */
    private void watch() {
        if (polling != null) {
            return;
        }
        synchronized (this) {
            if (polling == null) {
                seenEvent = self.latestEvent();
                polling = scheduler.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    void poll() {
        if (outage.ongoing()) {
            return; // said once by DatabaseOutage; the first poll after it looks back over what was missed
        }
        try {
            // event ids are drawn before their transactions commit, so a later id can be seen before an earlier
            // one: each poll looks again at the last few
            Credentials.Changes changes = self.changesAfter(Math.max(0, seenEvent - LOOK_BACK));
            changes.holderByEvent().forEach((event, holder) -> {
                if (handledEvents.add(event)) {
                    forget(holder);
                }
            });
            // organizations' own suspensions leave no status event: read them again, all of them (a few rows)
            long before = generation.get();
            Map<Long, Set<String>> organizations = self.loadOrganizationSuspensions();
            if (generation.get() == before) {
                suspendedByOrganization = organizations;
            }
            // never backwards: a look-back window without events (ids can have gaps) says nothing new
            seenEvent = Math.max(seenEvent, changes.latestEvent());
            handledEvents.removeIf(event -> event <= seenEvent - LOOK_BACK); // never asked for again
        } catch (RuntimeException e) {
            // nothing is kept that the next poll would not also drop: start again empty rather than serve stale
            generation.incrementAndGet();
            credentials.clear();
            handledEvents.clear();
            suspendedByOrganization = null;
            if (!outage.noteFailure(e)) {
                LOG.log(Level.WARNING, "could not look for credential changes; the in-memory standing is cleared", e);
            }
        }
    }

    private static void bound(Map<?, ?> map) {
        if (map.size() >= MOST_HOLDERS) {
            map.clear();
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
