package academy.anxin.identity.application;

import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a logged-in session is still valid after password changes: each session remembers the person's password
 * version from its login, and is over once the person's version in the database is newer. The database holds the
 * truth, so this works with several nodes; each node keeps what it read for {@link #FRESH} so that a page with many
 * requests costs one query, and forgets it at once when the change happens on this node. A change on another node
 * reaches this one within {@link #FRESH}.
 */
@ApplicationScoped
public class PasswordVersions {

    /** How long a version read from the database is trusted without reading it again. */
    public static final Duration FRESH = Duration.ofSeconds(5);
    /** Bounds the memory held: far more people than are logged in on one node at once. */
    private static final int MAX_REMEMBERED = 50_000;

    @Inject
    People people;

    @Inject
    Clock clock;

    private final Map<Long, Read> reads = new ConcurrentHashMap<>();

    private record Read(long version, Instant at) {
    }

    /** The person's password version now, or empty when there is no such person any more. */
    @Transactional
    public OptionalLong current(long personId) {
        Instant now = clock.instant();
        Read read = reads.get(personId);
        if (read != null && read.at().plus(FRESH).isAfter(now)) {
            return OptionalLong.of(read.version());
        }
        OptionalLong version = people.byId(personId).map(Person::passwordVersion)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        if (version.isPresent()) {
            if (reads.size() >= MAX_REMEMBERED) {
                reads.clear(); // a cache, not a record: starting over costs one query per person
            }
            reads.put(personId, new Read(version.getAsLong(), now));
        } else {
            reads.remove(personId);
        }
        return version;
    }

    /** Whether a session that logged in with {@code version} may go on. */
    @Transactional
    public boolean stillValid(long personId, long version) {
        OptionalLong current = current(personId);
        return current.isPresent() && current.getAsLong() <= version;
    }

    /** Forgets what this node read for the person, after their password changed here. */
    void changed(long personId) {
        reads.remove(personId);
    }
}
