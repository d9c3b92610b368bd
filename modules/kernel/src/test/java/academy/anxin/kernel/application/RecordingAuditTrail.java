package academy.anxin.kernel.application;

import academy.anxin.kernel.domain.AuditChain;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.AuditRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of a unit test: it keeps what a use case records, in order, so that the test can say that each
 * decision was audited and how. Only {@link #record} works without a database; the contexts' tests get this class
 * through the kernel's test jar.
 */
public class RecordingAuditTrail extends AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    public RecordingAuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AuditEvent record(AuditRecord record) {
        // sealed as the real trail seals it, so that a record the chain would refuse fails here too
        AuditEvent event = AuditEvent.append(record, events.size(),
                events.isEmpty() ? AuditChain.GENESIS : events.get(events.size() - 1).hash(), clock.instant());
        events.add(event);
        return event;
    }

    /** The entries recorded so far, oldest first. */
    public List<AuditEvent> events() {
        return List.copyOf(events);
    }

    /** The actions recorded so far, oldest first: what most tests compare. */
    public List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    /** The newest entry; fails when nothing was recorded. */
    public AuditEvent last() {
        if (events.isEmpty()) {
            throw new IllegalStateException("nothing was audited");
        }
        return events.get(events.size() - 1);
    }
}
