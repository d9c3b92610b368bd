package academy.anxin.records.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How counts of people are shown to someone who may not see the people themselves (a region's coordinator): a
 * count of one to four is shown as "&lt; 5", so that no small group is identifiable. Zero is shown: it identifies
 * nobody, and a coordinator must see where nobody could serve.
 *
 * <p>A column of parts with its total (organizations and their sum) would give a hidden part away by subtraction:
 * the total less the shown parts is the hidden parts' sum. So when the hidden parts of a column add up to one to
 * four, the smallest shown parts are withheld too ({@link Kind#WITHHELD}, shown as "—"), until what subtraction
 * reveals is zero or at least five; when nothing is left to withhold, the total is hidden as well.
 */
public final class SmallCounts {

    /** Below this, a count of people is not shown. */
    public static final int THRESHOLD = 5;

    public enum Kind {
        /** The count itself. */
        SHOWN,
        /** One to four: shown as "&lt; 5". */
        SMALL,
        /** Not small itself, withheld so that a small one cannot be worked out by subtraction. */
        WITHHELD
    }

    /** A count as it may be shown: the number only when {@link Kind#SHOWN}. */
    public record Shown(Kind kind, long value) {

        public boolean visible() {
            return kind == Kind.SHOWN;
        }

        /** "12", "&lt; 5" or "—". */
        public String text() {
            return switch (kind) {
                case SHOWN -> Long.toString(value);
                case SMALL -> "< " + THRESHOLD;
                case WITHHELD -> "—";
            };
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A column's parts and its total, as they may be shown. */
    public record Column(List<Shown> parts, Shown total) {
    }

    private SmallCounts() {
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** One count on its own. */
    public static Shown one(long count) {
        return new Shown(isSmall(count) ? Kind.SMALL : Kind.SHOWN, count);
    }

    /** Parts and their total (the sum of the parts), suppressed together as the class comment says. */
    public static Column column(List<Long> counts) {
        List<Shown> parts = new ArrayList<>(counts.stream().map(SmallCounts::one).toList());
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (isSmall(total)) {
            return new Column(parts, one(total));
        }
        long revealed = hiddenSum(parts);
        while (isSmall(revealed)) {
            List<Shown> current = parts;
            int smallest = IntStream.range(0, parts.size()).filter(i -> current.get(i).visible())
                    .boxed().min(Comparator.comparingLong(i -> current.get(i).value())).orElse(-1);
            if (smallest < 0) {
                return new Column(parts, new Shown(Kind.WITHHELD, total));
            }
            parts.set(smallest, new Shown(Kind.WITHHELD, parts.get(smallest).value()));
            revealed = hiddenSum(parts);
        }
        return new Column(List.copyOf(parts), one(total));
    }

    private static long hiddenSum(List<Shown> parts) {
        return parts.stream().filter(p -> !p.visible()).mapToLong(Shown::value).sum();
    }
}
