package academy.anxin.credentials.domain;

import java.util.List;
import java.util.Optional;

/**
 * Issued credentials and their status events. A credential is stored once and its life only ever grows by appended
 * events; loading one replays them through {@link Credential}'s rules. Each store or append is a
 * {@link StandingChanged} for its holder, so that what is kept in memory of holders' standing is dropped.
 */
public interface Credentials {

    /** What is stored with a credential beside its events. */
    record Stored(long id, Credential credential, String evidence, int approvedMinutes, int revocationIndex,
                  int suspensionIndex, String signed) {
    }

    /**
     * The status events after a given one: each event's id with its credential's holder, and the latest event id
     * among them (the given one when there are none).
     */
    record Changes(java.util.Map<Long, Long> holderByEvent, long latestEvent) {

        public Changes {
            holderByEvent = java.util.Map.copyOf(holderByEvent);
        }

        /** The holders whose credentials changed. */
        public java.util.Set<Long> holders() {
            return java.util.Set.copyOf(holderByEvent.values());
        }
    }

    /** The next serial of credential numbers, never given twice. */
    long nextSerial();

    /** Stores a newly issued credential with its events so far; returns its id. */
    long insert(Credential credential, String evidence, int approvedMinutes, int revocationIndex, int suspensionIndex,
                String signed);

    void append(Stored stored, StatusEvent event);

    /** True when an index is free in both status lists (drawn at random, as the status-list spec advises). */
    boolean indexFree(int index);

    Optional<Stored> byNumber(String canonicalNumber);

    Optional<Long> holderOf(String canonicalNumber);

    List<Stored> ofHolder(long holderId);

    List<Stored> ofHolders(List<Long> holderIds);

    /** Holders whose credentials changed after status event {@code afterEvent}: how a node learns of another's. */
    Changes changesAfter(long afterEvent);

    /** The id of the latest status event, 0 when there is none. */
    long latestEvent();

    /** Every credential, for the scheduled expiry work and the status lists. */
    List<Stored> all();
}
