package academy.anxin.dispatch.application;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.CredentialStanding;
import academy.anxin.credentials.domain.StandingChanged;
import academy.anxin.dispatch.domain.Member;
import academy.anxin.identity.application.MemberRef;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.MembershipChanged;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.application.Experience;
import academy.anxin.practice.domain.PracticeApproved;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * An organization's members with their credentials as its checks see them, and their approved experience with a
 * population, kept in memory between matches: reading 5,000 memberships and their sessions, then building each
 * member's standing, was most of a match's time and of its garbage. A change on this node (a member joins or leaves,
 * a credential changes, a session is approved) drops what it touches at once; one made on another node of a cluster
 * shows within about {@link #REFRESH}, as the credentials' read model does (and the verification API, which decides
 * a case's assignment, reads that model at the moment of the call). An entry older than that still answers while a
 * pool thread reloads it, so only the first match of an organization waits for the database.
 */
@ApplicationScoped
public class MemberPool {

    static final Duration REFRESH = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(MemberPool.class.getName());

    @Inject
    OrganizationService organizations;

    @Inject
    Experience experience;

    @Inject
    CredentialRegistry credentials;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Where reloads run: the container's pool (a test runs them when it likes). */
    Executor reloads;

    private final ConcurrentMap<Long, Entry<List<MemberRef>>> members = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Entry<List<Member>>> standing = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, Entry<Map<Long, Experience.WithPopulation>>> experienced =
            new ConcurrentHashMap<>();

    private record Key(long organizationId, Population population) {
    }

    private static final class Entry<V> {
        final V value;
        final Instant loadedAt;
        final AtomicBoolean reloading = new AtomicBoolean();

        Entry(V value, Instant loadedAt) {
            this.value = value;
            this.loadedAt = loadedAt;
        }
    }

    @PostConstruct
    void usePool() {
        reloads = executor;
    }

    public List<MemberRef> members(long organizationId) {
        return current(members, organizationId, () -> organizations.memberRefs(organizationId));
    }

    /** The members with their credentials as the organization's checks see them (experience is per case). */
    public List<Member> standing(long organizationId) {
        return current(standing, organizationId, () -> withCredentials(organizationId));
    }

    public Map<Long, Experience.WithPopulation> experience(long organizationId, Population population) {
        return current(experienced, new Key(organizationId, population),
                () -> experience.withPopulation(organizationId, population));
    }

    void membership(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged changed) {
        members.remove(changed.organizationId());
        standing.remove(changed.organizationId());
    }

    void credential(@Observes(during = TransactionPhase.AFTER_COMPLETION) StandingChanged changed) {
        // a holder may be a member of several organizations: all are read again at their next match
        standing.clear();
    }

    void approved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeApproved approved) {
        experienced.keySet().removeIf(key -> key.organizationId() == approved.organizationId());
    }

    private List<Member> withCredentials(long organizationId) {
        List<MemberRef> refs = members(organizationId);
        Map<Long, List<CredentialStanding>> held = credentials.standingFor(organizationId,
                refs.stream().map(MemberRef::personId).toList());
        List<Member> built = new ArrayList<>(refs.size());
        for (MemberRef ref : refs) {
            List<CredentialStanding> theirs = held.getOrDefault(ref.personId(), List.of());
            List<Member.Credential> owned = new ArrayList<>(theirs.size());
            for (CredentialStanding s : theirs) {
                owned.add(new Member.Credential(s.number(), s.kind(), s.status(), s.validUntil()));
            }
            built.add(new Member(ref.memberId(), ref.personId(), owned, Member.Experience.NONE));
        }
        return List.copyOf(built);
    }

    private <K, V> V current(ConcurrentMap<K, Entry<V>> cache, K key, Supplier<V> load) {
        Entry<V> entry = cache.get(key);
        if (entry == null) {
            Entry<V> loaded = new Entry<>(load.get(), clock.instant());
            cache.put(key, loaded);
            return loaded.value;
        }
        if (entry.loadedAt.plus(REFRESH).isBefore(clock.instant()) && entry.reloading.compareAndSet(false, true)) {
            reloads.execute(() -> {
                try {
                    // unless a change dropped it meanwhile: then the next match loads it afresh
                    cache.replace(key, entry, new Entry<>(load.get(), clock.instant()));
                } catch (RuntimeException e) {
                    entry.reloading.set(false);
                    LOG.warning("matching: members of " + key + " not reloaded (" + e + "); the next match retries");
                }
            });
        }
        return entry.value;
    }
}
