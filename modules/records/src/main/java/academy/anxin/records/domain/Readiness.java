package academy.anxin.records.domain;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.util.EnumMap;
import java.util.Map;

/**
 * Who among an organization's volunteers could serve which population at which risk level, counted from each
 * volunteer's highest valid tier and valid endorsements (as the case rules read them: a low-risk case needs L1, a
 * medium one L2, a high one L3; a population with its own endorsement needs it). Counts only, never people.
 */
public final class Readiness {

    /** The levels a coordinator plans for: the three risk levels of cases, and supervision (L4). */
    public enum Level {
        LOW(Tier.L1), MEDIUM(Tier.L2), HIGH(Tier.L3), SUPERVISION(Tier.L4);

        private final Tier tier;

        Level(Tier tier) {
            this.tier = tier;
        }

        public Tier tier() {
            return tier;
        }
    }

    private long volunteers;
    private final Map<Tier, Long> byHighestTier = new EnumMap<>(Tier.class);
    private final Map<Level, Long> anyPopulation = new EnumMap<>(Level.class);
    private final Map<Level, Map<Endorsement, Long>> withEndorsement = new EnumMap<>(Level.class);

    public Readiness() {
        for (Level level : Level.values()) {
            anyPopulation.put(level, 0L);
            Map<Endorsement, Long> row = new EnumMap<>(Endorsement.class);
            for (Endorsement e : Endorsement.values()) {
                row.put(e, 0L);
            }
            withEndorsement.put(level, row);
        }
        for (Tier tier : Tier.values()) {
            byHighestTier.put(tier, 0L);
        }
    }

    /**
     * Adds {@code count} volunteers whose highest valid tier has rank {@code tierRank} (0 for none, 1 to 4 for L1 to
     * L4) and whose valid endorsements are the bits of {@code endorsementMask} ({@link #bit(Endorsement)}).
     */
    public void add(int tierRank, int endorsementMask, long count) {
        volunteers += count;
        if (tierRank <= 0) {
            return;
        }
        Tier highest = Tier.values()[Math.min(tierRank, Tier.values().length) - 1];
        byHighestTier.merge(highest, count, Long::sum);
        for (Level level : Level.values()) {
            if (highest.compareTo(level.tier()) >= 0) {
                anyPopulation.merge(level, count, Long::sum);
                for (Endorsement e : Endorsement.values()) {
                    if ((endorsementMask & bit(e)) != 0) {
                        withEndorsement.get(level).merge(e, count, Long::sum);
                    }
                }
            }
        }
    }

    public static int bit(Endorsement endorsement) {
        return 1 << endorsement.ordinal();
    }

    public static int rank(Tier tier) {
        return tier.ordinal() + 1;
    }

    public long volunteers() {
        return volunteers;
    }

    /** Volunteers whose highest valid tier is this one. */
    public long highestTier(Tier tier) {
        return byHighestTier.get(tier);
    }

    /** Volunteers who could take a case of this level for the general public (any population without its own). */
    public long couldServe(Level level) {
        return anyPopulation.get(level);
    }

    /** Volunteers who could take a case of this level for the population the endorsement is for. */
    public long couldServe(Level level, Endorsement endorsement) {
        return withEndorsement.get(level).get(endorsement);
    }
}
