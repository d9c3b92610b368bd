package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.StatusEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issued credentials held in memory the way the store holds them: the row once, its events appended, and every
 * read replaying the events into a new {@link Credential}, so that a test sees only what was stored.
 */
final class InMemoryCredentials implements Credentials {

    private record Row(long id, CredentialNumber number, long holderId, String evidence, int approvedMinutes,
                       int revocationIndex, int suspensionIndex, String signed, List<StatusEvent> events) {
    }

    private record EventRow(long id, long holderId) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<EventRow> eventRows = new ArrayList<>();
    private long serial;

    @Override
    public long nextSerial() {
        return ++serial;
    }

    @Override
    public long insert(Credential credential, String evidence, int approvedMinutes, int revocationIndex,
                       int suspensionIndex, String signed) {
        long id = rows.size() + 1;
        rows.add(new Row(id, credential.number(), credential.holderId(), evidence, approvedMinutes, revocationIndex,
                suspensionIndex, signed, new ArrayList<>()));
        credential.events().forEach(event -> appendRow(rows.get(rows.size() - 1), event));
        return id;
    }

    @Override
    public void append(Stored stored, StatusEvent event) {
        appendRow(rows.get((int) stored.id() - 1), event);
    }

    private void appendRow(Row row, StatusEvent event) {
        row.events().add(event);
        eventRows.add(new EventRow(eventRows.size() + 1, row.holderId()));
    }

    @Override
    public boolean indexFree(int index) {
        return rows.stream().noneMatch(r -> r.revocationIndex() == index || r.suspensionIndex() == index);
    }

    @Override
    public Optional<Stored> byNumber(String canonicalNumber) {
        return rows.stream().filter(r -> r.number().text().equals(canonicalNumber)).findFirst().map(this::stored);
    }

    @Override
    public Optional<Long> holderOf(String canonicalNumber) {
        return byNumber(canonicalNumber).map(s -> s.credential().holderId());
    }

    @Override
    public List<Stored> ofHolder(long holderId) {
        return ofHolders(List.of(holderId));
    }

    @Override
    public List<Stored> ofHolders(List<Long> holderIds) {
        return rows.stream().filter(r -> holderIds.contains(r.holderId())).map(this::stored).toList();
    }

    @Override
    public Changes changesAfter(long afterEvent) {
        java.util.Map<Long, Long> holderByEvent = new java.util.HashMap<>();
        long latest = afterEvent;
        for (EventRow event : eventRows) {
            if (event.id() > afterEvent) {
                holderByEvent.put(event.id(), event.holderId());
                latest = Math.max(latest, event.id());
            }
        }
        return new Changes(holderByEvent, latest);
    }

    @Override
    public long latestEvent() {
        return eventRows.size();
    }

    @Override
    public List<Stored> all() {
        return rows.stream().map(this::stored).toList();
    }

    private Stored stored(Row row) {
        return new Stored(row.id(), Credential.replay(row.number(), row.holderId(), List.copyOf(row.events())),
                row.evidence(), row.approvedMinutes(), row.revocationIndex(), row.suspensionIndex(), row.signed());
    }
}
