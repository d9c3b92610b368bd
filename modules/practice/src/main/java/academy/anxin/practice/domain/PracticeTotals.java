package academy.anxin.practice.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Approved minutes, in all and by modality, population, risk level and month: always the sum of the ledger (approved
 * sessions and approved reversals, which count negative). Nothing else counts.
 */
public record PracticeTotals(int minutes, Map<Modality, Integer> byModality, Map<Population, Integer> byPopulation,
                             Map<RiskLevel, Integer> byRiskLevel, SortedMap<YearMonth, Integer> byMonth)
                                     implements java.io.Serializable {

    public static PracticeTotals of(Collection<PracticeSession> sessions) {
        int total = 0;
        Map<Modality, Integer> modality = new EnumMap<>(Modality.class);
        Map<Population, Integer> population = new EnumMap<>(Population.class);
        Map<RiskLevel, Integer> risk = new EnumMap<>(RiskLevel.class);
        SortedMap<YearMonth, Integer> month = new TreeMap<>();
        for (PracticeSession session : sessions) {
            if (session.status() != SessionStatus.APPROVED) {
                continue;
            }
            int minutes = session.minutes();
            total += minutes;
            modality.merge(session.modality(), minutes, Integer::sum);
            population.merge(session.population(), minutes, Integer::sum);
            risk.merge(session.riskLevel(), minutes, Integer::sum);
            month.merge(YearMonth.from(session.date()), minutes, Integer::sum);
        }
        return new PracticeTotals(total, modality, population, risk, month);
    }

    public int of(Modality modality) {
        return byModality.getOrDefault(modality, 0);
    }

    public int of(Population population) {
        return byPopulation.getOrDefault(population, 0);
    }

    public int of(RiskLevel riskLevel) {
        return byRiskLevel.getOrDefault(riskLevel, 0);
    }
}
