package academy.anxin.practice.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.PracticeSession;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.practice.domain.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaPracticeSessions implements PracticeSessions {

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public Optional<PracticeSession> byId(long id) {
        return Optional.ofNullable(em.find(PracticeSession.class, id));
    }

    @Override
    public List<PracticeSession> ofVolunteer(long volunteerId) {
        return em.createQuery("select s from PracticeSession s where s.volunteerId = :v "
                + "order by s.date desc, s.start desc, s.id desc", PracticeSession.class)
                .setParameter("v", volunteerId).getResultList();
    }

    @Override
    public List<PracticeSession> ofVolunteerBetween(long volunteerId, LocalDate from, LocalDate to) {
        return em.createQuery("select s from PracticeSession s where s.volunteerId = :v and s.date between :from and :to",
                PracticeSession.class).setParameter("v", volunteerId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<PracticeSession> pendingIn(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from PracticeSession s where s.organizationId in :orgs and s.status = :status "
                + "order by s.submittedAt, s.id", PracticeSession.class)
                .setParameter("orgs", organizationIds).setParameter("status", SessionStatus.SUBMITTED).getResultList();
    }

    @Override
    public List<PracticeSession> ofVolunteerIn(long volunteerId, long organizationId) {
        return em.createQuery("select s from PracticeSession s where s.volunteerId = :v and s.organizationId = :o "
                + "order by s.date desc, s.start desc", PracticeSession.class)
                .setParameter("v", volunteerId).setParameter("o", organizationId).getResultList();
    }

    @Override
    public Optional<SessionStatus> reversalStatus(long sessionId) {
        return em.createQuery("select s.status from PracticeSession s where s.reversalOf = :id", SessionStatus.class)
                .setParameter("id", sessionId).getResultStream().findFirst();
    }

    @Override
    public Map<Long, Waiting> waitingIn(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        // the queue index (organization_id, status) finds the waiting rows of these organizations only
        List<?> rows = em.createNativeQuery("SELECT organization_id, COUNT(*), MIN(submitted_at) FROM prc_session"
                        + " WHERE status = 'SUBMITTED' AND organization_id IN (" + ids(organizationIds) + ")"
                        + " GROUP BY organization_id")
                .getResultList();
        Map<Long, Waiting> waiting = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            waiting.put(Sql.number(r[0]), new Waiting(Sql.number(r[1]), Sql.instant(r[2])));
        }
        return waiting;
    }

    @Override
    public List<ApprovedMonth> approvedByOrganizationMonth() {
        // decided_at is UTC; China Standard Time is UTC+8 all year (no daylight saving)
        List<?> rows = em.createNativeQuery("SELECT organization_id,"
                        + " DATE_FORMAT(DATE_ADD(decided_at, INTERVAL 8 HOUR), '%Y-%m') AS month, modality,"
                        + " SUM(minutes), SUM(SIGN(minutes)) FROM prc_session WHERE status = 'APPROVED'"
                        + " GROUP BY organization_id, month, modality")
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new ApprovedMonth(Sql.number(r[0]),
                (String) r[1], Modality.valueOf((String) r[2]), Sql.number(r[3]),
                Sql.number(r[4]))).toList();
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }

    @Override
    public PracticeSession add(PracticeSession session) {
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<ApprovedSum> approvedIn(long organizationId, academy.anxin.practice.domain.Population population) {
        return em.createQuery("select new academy.anxin.practice.domain.PracticeSessions.ApprovedSum(s.volunteerId, "
                        + "s.riskLevel, s.modality, sum(s.minutes)) from PracticeSession s where s.organizationId = :o "
                        + "and s.population = :p and s.status = :status group by s.volunteerId, s.riskLevel, s.modality",
                        ApprovedSum.class)
                .setParameter("o", organizationId).setParameter("p", population)
                .setParameter("status", SessionStatus.APPROVED).getResultList();
    }
}
