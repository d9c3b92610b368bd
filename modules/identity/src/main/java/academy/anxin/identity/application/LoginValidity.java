package academy.anxin.identity.application;

import academy.anxin.identity.domain.EndedLogins;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a logged-in session may go on. Each session remembers the person's password version from its login and
 * the login's own random id: it is over once the person's version in the database is newer (a password change
 * elsewhere) or once that login was logged out ({@link EndedLogins}). The second matters on a cluster: every node
 * keeps its own copy of a session it served, and without it a session cookie copied before the logout could be
 * replayed to such a node. The database holds the truth, so this works with several nodes; each node keeps what
 * it read for {@link #FRESH} so that a page with many requests costs one query, and forgets it at once when the
 * change happens on this node. A change on another node reaches this one within {@link #FRESH}.
 */
@ApplicationScoped
public class LoginValidity {

    /** How long what was read from the database is trusted without reading it again. */
    public static final Duration FRESH = Duration.ofSeconds(5);
    /** Longer than a session copy left on a node can live unused (30 idle minutes). */
    static final Duration ENDS_KEPT = Duration.ofDays(1);
    /** Bounds the memory held: far more people than are logged in on one node at once. */
    private static final int MAX_REMEMBERED = 50_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    People people;

    @Inject
    EndedLogins endedLogins;

    @Inject
    Clock clock;

    private final Map<Long, Read> reads = new ConcurrentHashMap<>();

    private record Read(long version, Set<String> endedLogins, Instant at) {
    }

    /** A new login's id: 128 random bits, unrelated to the session's id. */
    public static String newLoginId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** The person's password version now, or empty when there is no such person any more. */
    @Transactional
    public OptionalLong current(long personId) {
        Read read = read(personId);
        return read == null ? OptionalLong.empty() : OptionalLong.of(read.version());
    }

    /** Whether a session that logged in with {@code version} may go on (ignoring how the login ended). */
    @Transactional
    public boolean stillValid(long personId, long version) {
        OptionalLong current = current(personId);
        return current.isPresent() && current.getAsLong() <= version;
    }

    /** Whether the session of login {@code loginId}, which logged in with {@code version}, may go on. */
    @Transactional
    public boolean stillValid(long personId, long version, String loginId) {
        Read read = read(personId);
        return read != null && read.version() <= version && !read.endedLogins().contains(loginId);
    }

    /** Records the logout of login {@code loginId}: its session ends on every node, not only the one it ended on. */
    @Transactional
    public void loggedOut(long personId, String loginId) {
        Instant now = clock.instant();
        endedLogins.end(loginId, personId, now);
        endedLogins.forgetBefore(now.minus(ENDS_KEPT));
        changed(personId);
    }

    private Read read(long personId) {
        Instant now = clock.instant();
        Read read = reads.get(personId);
        if (read != null && read.at().plus(FRESH).isAfter(now)) {
            return read;
        }
        OptionalLong version = people.byId(personId).map(Person::passwordVersion)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        if (version.isEmpty()) {
            reads.remove(personId);
            return null;
        }
        if (reads.size() >= MAX_REMEMBERED) {
            reads.clear(); // a cache, not a record: starting over costs one query per person
        }
        read = new Read(version.getAsLong(), endedLogins.ofPerson(personId, now.minus(ENDS_KEPT)), now);
        reads.put(personId, read);
        return read;
    }

    /** Forgets what this node read for the person, after their password changed or a login ended here. */
    void changed(long personId) {
        reads.remove(personId);
    }
}
