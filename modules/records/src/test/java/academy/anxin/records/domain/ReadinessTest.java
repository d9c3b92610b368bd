package academy.anxin.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void aHigherTierServesEveryLowerRiskAndAnEndorsementOnlyItsPopulation() {
        Readiness readiness = new Readiness();
        readiness.add(0, 0, 10);                                        // members without a valid tier
        readiness.add(Readiness.rank(Tier.L1), 0, 6);
        readiness.add(Readiness.rank(Tier.L2), Readiness.bit(Endorsement.YOUTH), 4);
        readiness.add(Readiness.rank(Tier.L3), Readiness.bit(Endorsement.YOUTH)
                | Readiness.bit(Endorsement.BEREAVEMENT), 3);
        readiness.add(Readiness.rank(Tier.L4), 0, 2);
        assertEquals(25, readiness.volunteers());
        assertEquals(6, readiness.highestTier(Tier.L1));
        assertEquals(2, readiness.highestTier(Tier.L4));
        assertEquals(15, readiness.couldServe(Readiness.Level.LOW));
        assertEquals(9, readiness.couldServe(Readiness.Level.MEDIUM));
        assertEquals(5, readiness.couldServe(Readiness.Level.HIGH));
        assertEquals(2, readiness.couldServe(Readiness.Level.SUPERVISION));
        assertEquals(7, readiness.couldServe(Readiness.Level.LOW, Endorsement.YOUTH));
        assertEquals(3, readiness.couldServe(Readiness.Level.HIGH, Endorsement.YOUTH));
        assertEquals(3, readiness.couldServe(Readiness.Level.MEDIUM, Endorsement.BEREAVEMENT));
        assertEquals(0, readiness.couldServe(Readiness.Level.LOW, Endorsement.DISABILITY));
    }
}
