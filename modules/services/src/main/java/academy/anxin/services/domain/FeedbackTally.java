package academy.anxin.services.domain;

/**
 * Sums of answers (for a month, an organization or a region): how many, the ratings' sum, how many felt respected
 * and how many were told where to get more help. The averages are told only from {@link #SMALLEST_SHOWN} answers
 * up: fewer could be traced to the few people served that day, and say little anyway. {@code count} itself is
 * always told, so an organization sees that answers arrive.
 */
public record FeedbackTally(long count, long ratingSum, long respected, long toldMoreHelp) {

    /** Counts under five are suppressed, as the issue and common small-cell practice in public statistics ask. */
    public static final int SMALLEST_SHOWN = 5;

    public static final FeedbackTally NONE = new FeedbackTally(0, 0, 0, 0);

    public FeedbackTally {
        if (count < 0 || ratingSum < 0 || respected < 0 || toldMoreHelp < 0 || respected > count
                || toldMoreHelp > count || ratingSum > 5 * count || ratingSum < count) {
            if (!(count == 0 && ratingSum == 0 && respected == 0 && toldMoreHelp == 0)) {
                throw new IllegalArgumentException("inconsistent tally " + count + "/" + ratingSum + "/"
                        + respected + "/" + toldMoreHelp);
            }
        }
    }

    public static FeedbackTally of(FeedbackAnswer answer) {
        return new FeedbackTally(1, answer.rating(), answer.respected() ? 1 : 0,
                answer.toldWhereToGetMoreHelp() ? 1 : 0);
    }

    public FeedbackTally plus(FeedbackTally other) {
        return new FeedbackTally(count + other.count, ratingSum + other.ratingSum, respected + other.respected,
                toldMoreHelp + other.toldMoreHelp);
    }

    /** Whether the averages may be told. */
    public boolean isShown() {
        return count >= SMALLEST_SHOWN;
    }

    /** The averages, or {@link Averages#SUPPRESSED} under five answers. */
    public Averages averages() {
        if (!isShown()) {
            return Averages.SUPPRESSED;
        }
        return new Averages(count, Math.round(10.0 * ratingSum / count) / 10.0,
                (int) Math.round(100.0 * respected / count), (int) Math.round(100.0 * toldMoreHelp / count));
    }

    /**
     * What may be told of a tally: the number of answers, the mean rating to one decimal, and the percentages who
     * felt respected and who were told where to get more help; all {@code null} when suppressed.
     */
    public record Averages(Long count, Double rating, Integer respectedPercent, Integer toldMoreHelpPercent) implements java.io.Serializable {

        public static final Averages SUPPRESSED = new Averages(null, null, null, null);

        public boolean isSuppressed() {
            return count == null;
        }
    }
}
