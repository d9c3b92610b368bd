package academy.anxin.records.infrastructure;

import java.time.LocalDate;

/** DATE columns as the driver hands them back, to calendar days. */
final class Days {

    private Days() {
    }

    static LocalDate of(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (column instanceof LocalDate day) {
            return day;
        }
        throw new IllegalArgumentException("not a day: " + column.getClass());
    }
}
