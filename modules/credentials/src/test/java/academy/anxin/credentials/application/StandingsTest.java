package academy.anxin.credentials.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.kernel.platform.DatabaseOutage;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory standing against another node's changes, found by the poll of status events. */
class StandingsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private int reads;
    private final InMemoryCredentials store = new InMemoryCredentials();
    private final Standings standings = new Standings() {
        @Override
        public List<Credentials.Stored> load(long holderId) {
            reads++;
            return super.load(holderId);
        }
    };

    StandingsTest() {
        standings.store = store;
        standings.orgSuspensions = new InMemoryOrganizationSuspensions();
        standings.self = standings;
        standings.outage = new DatabaseOutage();
        // the poll is called by the test; the container's scheduler is not needed
        standings.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, arguments) -> null);
    }

    @Test
    void anotherNodesChangeIsFoundOnceAndTheHolderThenStaysInMemory() {
        Credential credential = Credential.issue(CredentialNumber.of(CredentialKind.of(Tier.L2), 2026, 1), 42, 24,
                "person:1", NOW);
        store.insert(credential, "evidence", 600, 0, 0, "signed");
        standings.poll();
        standings.of(42);
        standings.of(42);
        assertEquals(1, reads, "read once, then from memory");

        // another node suspends it: the next poll drops the holder, who is read again with the new event
        Credentials.Stored stored = store.ofHolder(42).get(0);
        reads = 0;
        store.append(stored, new StatusEvent(StatusEvent.Kind.SUSPENDED, "person:2", "投诉调查中", NOW, null));
        standings.poll();
        assertEquals(StatusEvent.Kind.SUSPENDED, standings.of(42).get(0).credential().events().get(1).kind());
        assertEquals(1, reads);

        // later polls look back over the same event: it has been acted on, the holder stays in memory
        for (int i = 0; i < 5; i++) {
            standings.poll();
            standings.of(42);
        }
        assertEquals(1, reads, "not dropped again by each poll's look-back");
    }
}
