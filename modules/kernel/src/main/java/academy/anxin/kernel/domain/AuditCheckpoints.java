package academy.anxin.kernel.domain;

import java.util.List;

/**
 * Where checkpoints are kept, outside the database: appended, never changed. Reading gives back every line,
 * unreadable ones too (as {@link AuditCheckpoint#unreadable}), in the order they were written.
 */
public interface AuditCheckpoints {

    /** Appends one checkpoint and makes it durable (flushed to the disk) before returning. */
    void append(AuditCheckpoint checkpoint);

    /** Every line kept, oldest first. */
    List<AuditCheckpoint> all();

    /** At most {@code limit} readable checkpoints with a sequence above {@code after}, oldest first. */
    List<AuditCheckpoint> after(long after, int limit);

    /** The newest readable checkpoint's sequence, 0 when none. */
    long lastSequence();
}
