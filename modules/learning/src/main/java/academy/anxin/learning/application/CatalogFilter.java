package academy.anxin.learning.application;

/**
 * The catalog's filters, each optional: the tier or endorsement served ("L2", "YOUTH"), a topic tag, and a length
 * band (short: up to 30 minutes, medium: 31 to 60, long: over 60).
 */
public record CatalogFilter(String serves, String topic, Length length) {

    public static final CatalogFilter NONE = new CatalogFilter(null, null, null);

    public enum Length {
        SHORT(0, 30), MEDIUM(31, 60), LONG(61, Integer.MAX_VALUE);

        private final int from;
        private final int to;

        Length(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public boolean fits(int minutes) {
            return minutes >= from && minutes <= to;
        }

        /** Reads "short", "medium", "long"; anything else is no filter. */
        public static Length parse(String value) {
            for (Length length : values()) {
                if (length.name().equalsIgnoreCase(value)) {
                    return length;
                }
            }
            return null;
        }
    }

    boolean accepts(String servesCode, java.util.List<String> topics, int minutes) {
        return (serves == null || serves.isBlank() || serves.equals(servesCode))
                && (topic == null || topic.isBlank() || topics.contains(topic))
                && (length == null || length.fits(minutes));
    }
}
