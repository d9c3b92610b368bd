package academy.anxin.identity.domain;

import java.time.Instant;
import java.util.Set;

/** The logins that were logged out, by the random id each login is given (never the session's id). */
public interface EndedLogins {

    void end(String loginId, long personId, Instant at);

    /** The person's logins ended since {@code since}. */
    Set<String> ofPerson(long personId, Instant since);

    /** Forgets ends older than {@code before}: no session of theirs can be left by then. */
    int forgetBefore(Instant before);
}
