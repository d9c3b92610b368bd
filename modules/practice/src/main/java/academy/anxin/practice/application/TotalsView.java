package academy.anxin.practice.application;

import academy.anxin.practice.domain.PracticeTotals;

/** A volunteer's approved minutes with the target of their next tier (0 when none is set), for progress bars. */
public record TotalsView(String volunteerName, PracticeTotals totals, int targetMinutes)
        implements java.io.Serializable {

    /** Whole percent of the target reached, at most 100. */
    public int percent() {
        return targetMinutes <= 0 ? 0 : Math.min(100, Math.max(0, totals.minutes()) * 100 / targetMinutes);
    }

    public double hours() {
        return Math.round(totals.minutes() / 6.0) / 10.0;
    }
}
