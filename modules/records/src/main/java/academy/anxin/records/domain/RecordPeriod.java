package academy.anxin.records.domain;

import academy.anxin.kernel.domain.DomainException;
import java.time.LocalDate;

/** Days from {@code from} to {@code to}, both included; a missing end is open. */
public record RecordPeriod(LocalDate from, LocalDate to) implements java.io.Serializable {

    public static final RecordPeriod ALL = new RecordPeriod(null, null);

    public RecordPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("to", "record.period.order");
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
