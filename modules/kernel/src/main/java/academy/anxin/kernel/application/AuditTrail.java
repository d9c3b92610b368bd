package academy.anxin.kernel.application;

import academy.anxin.kernel.domain.AuditChain;
import academy.anxin.kernel.domain.AuditCheckpoint;
import academy.anxin.kernel.domain.AuditCheckpoints;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.AuditHead;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.CheckpointSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The append-only, hash-chained audit trail of security-relevant events. */
@ApplicationScoped
public class AuditTrail {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    CheckpointSigner signer;

    @Inject
    AuditIntegrity integrity;

    @Inject
    Event<AuditCheckpoint.Due> anchorDue;

    /**
     * Appends an entry in the caller's transaction (or a new one): the entry commits only if the action does. An
     * {@linkplain AuditCheckpoint#ANCHORING_ACTIONS anchoring action} asks for a checkpoint once it committed.
     */
    @Transactional
    public AuditEvent record(AuditRecord record) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = AuditEvent.append(record, head.sequence(), head.hash(), clock.instant());
        em.persist(event);
        head.advanceTo(event);
        if (AuditCheckpoint.ANCHORING_ACTIONS.contains(record.action())) {
            anchorDue.fire(new AuditCheckpoint.Due(record.action()));
        }
        return event;
    }

    /** The head as stored now: the last entry's sequence and hash, dated now, as a checkpoint would sign it. */
    @Transactional
    public AuditCheckpoint.Claims head() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        em.refresh(head);
        return new AuditCheckpoint.Claims(head.sequence(), head.hash(), clock.instant());
    }

    /** The newest entries first, for the platform admin's page. */
    @Transactional
    public List<AuditEvent> latest(int first, int count) {
        return em.createQuery("select e from AuditEvent e order by e.sequence desc", AuditEvent.class)
                .setFirstResult(first).setMaxResults(count).getResultList();
    }

    @Transactional
    public long size() {
        return em.find(AuditHead.class, AuditHead.ID).sequence();
    }

    /**
     * Re-computes the whole chain, page by page, compares it with the signed checkpoints kept outside the database,
     * and reports the first entry that does not fit; the outcome is also what {@link AuditIntegrity} shows.
     */
    @Transactional
    public AuditChain.ChainCheck verify() {
        // the checkpoints before the chain: a checkpoint written meanwhile then never reaches past the head read
        List<AuditCheckpoint> anchors = checkpoints.all();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        em.refresh(head);
        long last = head.sequence();
        AuditChain.ChainCheck check = AuditChain.verify(() -> new Pages(last), head.sequence(), head.hash(), anchors,
                signer);
        integrity.recorded(check, clock.instant());
        return check;
    }

    /**
     * Reads the trail in sequence order a page at a time so that a long trail never sits in memory whole, up to
     * the head read first: entries appended while the check runs (seen after a restart under load, when the pages
     * were not read in the head's snapshot) are the next check's, not a broken head. A cut tail is still found: by
     * the checkpoints, which reach past such a head.
     */
    private final class Pages implements Iterator<AuditEvent> {
        private final long last;
        private List<AuditEvent> page = new ArrayList<>();
        private int index;
        private long after;
        private boolean exhausted;

        Pages(long last) {
            this.last = last;
        }

        @Override
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            em.clear();
            page = em.createQuery("select e from AuditEvent e where e.sequence > :after and e.sequence <= :last "
                    + "order by e.sequence", AuditEvent.class).setParameter("after", after)
                    .setParameter("last", last).setMaxResults(PAGE).getResultList();
            index = 0;
            exhausted = page.size() < PAGE;
            return !page.isEmpty();
        }

        @Override
        public AuditEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditEvent event = page.get(index++);
            after = event.sequence();
            return event;
        }
    }
}
