package academy.anxin.credentials.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.StandingChanged;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.credentials.domain.ValidityPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issued credentials and their status events in {@code crd_credential} and {@code crd_status_event}, in plain SQL:
 * a credential row is inserted once, its events only ever appended; loading replays them through the domain's rules.
 */
@ApplicationScoped
public class CredentialStore implements Credentials {

    @PersistenceContext(unitName = "credentials")
    EntityManager em;

    @Inject
    Event<StandingChanged> changed;

    @Override
    public long nextSerial() {
        return Sql.number(em.createNativeQuery("SELECT NEXTVAL(crd_serial)").getSingleResult());
    }

    @Override
    public long insert(Credential credential, String evidence, int approvedMinutes, int revocationIndex,
                       int suspensionIndex, String signed) {
        em.createNativeQuery("INSERT INTO crd_credential (number, holder_id, kind, issued_at, evidence, "
                        + "approved_minutes, revocation_index, suspension_index, signed) VALUES (?,?,?,?,?,?,?,?,?)")
                .setParameter(1, credential.number().text()).setParameter(2, credential.holderId())
                .setParameter(3, credential.kind().code()).setParameter(4, Sql.utc(credential.issuedAt()))
                .setParameter(5, evidence).setParameter(6, approvedMinutes).setParameter(7, revocationIndex)
                .setParameter(8, suspensionIndex).setParameter(9, signed).executeUpdate();
        long id = Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
        for (StatusEvent event : credential.events()) {
            appendRow(id, event);
        }
        changed.fire(new StandingChanged(credential.holderId()));
        return id;
    }

    @Override
    public void append(Stored stored, StatusEvent event) {
        appendRow(stored.id(), event);
        changed.fire(new StandingChanged(stored.credential().holderId()));
    }

    private void appendRow(long credentialId, StatusEvent event) {
        em.createNativeQuery("INSERT INTO crd_status_event (credential_id, kind, actor, reason, at, period_from, "
                        + "period_until) VALUES (?,?,?,?,?,?,?)")
                .setParameter(1, credentialId).setParameter(2, event.kind().name()).setParameter(3, event.actor())
                .setParameter(4, event.reason()).setParameter(5, Sql.utc(event.at()))
                .setParameter(6, event.period() == null ? null : Sql.utc(event.period().from()))
                .setParameter(7, event.period() == null ? null : Sql.utc(event.period().until())).executeUpdate();
    }

    @Override
    public boolean indexFree(int index) {
        return Sql.number(em.createNativeQuery("SELECT COUNT(*) FROM crd_credential WHERE revocation_index = ? "
                + "OR suspension_index = ?").setParameter(1, index).setParameter(2, index).getSingleResult()) == 0;
    }

    @Override
    public Optional<Stored> byNumber(String number) {
        return load("WHERE c.number = ?", number).stream().findFirst();
    }

    @Override
    public Optional<Long> holderOf(String number) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT holder_id FROM crd_credential WHERE number = ?")
                .setParameter(1, number).getResultList();
        return found.stream().findFirst().map(Sql::number);
    }

    @Override
    public List<Stored> ofHolder(long holderId) {
        return load("WHERE c.holder_id = ?", holderId);
    }

    @Override
    public List<Stored> ofHolders(List<Long> holderIds) {
        if (holderIds.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (Long id : holderIds) {
            in.append(in.isEmpty() ? "" : ",").append(id.longValue());
        }
        return load("WHERE c.holder_id IN (" + in + ")", null);
    }

    @Override
    public Changes changesAfter(long afterEvent) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, c.holder_id FROM crd_status_event e "
                + "JOIN crd_credential c ON c.id = e.credential_id WHERE e.id > ?")
                .setParameter(1, afterEvent).getResultList();
        long latest = afterEvent;
        java.util.Map<Long, Long> holderByEvent = new java.util.HashMap<>();
        for (Object[] row : rows) {
            holderByEvent.put(Sql.number(row[0]), Sql.number(row[1]));
            latest = Math.max(latest, Sql.number(row[0]));
        }
        return new Changes(holderByEvent, latest);
    }

    @Override
    public long latestEvent() {
        return Sql.number(em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM crd_status_event").getSingleResult());
    }

    @Override
    public List<Stored> all() {
        return load("", null);
    }

    private List<Stored> load(String where, Object parameter) {
        var query = em.createNativeQuery("SELECT c.id, c.number, c.holder_id, c.evidence, c.approved_minutes, "
                + "c.revocation_index, c.suspension_index, c.signed, e.kind, e.actor, e.reason, e.at, e.period_from, "
                + "e.period_until FROM crd_credential c JOIN crd_status_event e ON e.credential_id = c.id " + where
                + " ORDER BY c.id, e.id");
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, List<StatusEvent>> events = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = Sql.number(row[0]);
            heads.putIfAbsent(id, row);
            Object from = row[12];
            events.computeIfAbsent(id, k -> new ArrayList<>()).add(new StatusEvent(
                    StatusEvent.Kind.valueOf((String) row[8]), (String) row[9], (String) row[10], Sql.instant(row[11]),
                    from == null ? null : new ValidityPeriod(Sql.instant(from), Sql.instant(row[13]))));
        }
        List<Stored> stored = new ArrayList<>();
        heads.forEach((id, row) -> stored.add(new Stored(id, Credential.replay(CredentialNumber.parse((String) row[1]),
                Sql.number(row[2]), events.get(id)), (String) row[3], (int) Sql.number(row[4]),
                (int) Sql.number(row[5]), (int) Sql.number(row[6]), (String) row[7])));
        return stored;
    }
}
