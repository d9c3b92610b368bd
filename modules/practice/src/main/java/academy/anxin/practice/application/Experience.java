package academy.anxin.practice.application;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.practice.domain.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Volunteers' approved practice experience in one organization with one population, for case matching: the minutes
 * approved by the organization's supervisors (reversals netted out), by risk level and by modality. Names nobody and
 * shows no session.
 */
@ApplicationScoped
public class Experience {

    @Inject
    PracticeSessions sessions;

    /** One volunteer's approved minutes with the population: by the session's risk level and by its modality. */
    public record WithPopulation(Map<RiskLevel, Long> byRisk, Map<Modality, Long> byModality) {

        public static final WithPopulation NONE = new WithPopulation(Map.of(), Map.of());

        /** Minutes at this risk level or above. */
        public long atOrAbove(RiskLevel risk) {
            long minutes = 0;
            for (Map.Entry<RiskLevel, Long> entry : byRisk.entrySet()) {
                if (entry.getKey().compareTo(risk) >= 0) {
                    minutes += entry.getValue();
                }
            }
            return Math.max(0, minutes);
        }

        public long total() {
            long minutes = 0;
            for (long m : byRisk.values()) {
                minutes += m;
            }
            return Math.max(0, minutes);
        }

        public long in(Modality modality) {
            return Math.max(0, byModality.getOrDefault(modality, 0L));
        }
    }

    /** Every volunteer with approved experience of the population in the organization, by person id. */
    @Transactional
    public Map<Long, WithPopulation> withPopulation(long organizationId, Population population) {
        Map<Long, Map<RiskLevel, Long>> risks = new HashMap<>();
        Map<Long, Map<Modality, Long>> modalities = new HashMap<>();
        for (PracticeSessions.ApprovedSum sum : sessions.approvedIn(organizationId, population)) {
            risks.computeIfAbsent(sum.volunteerId(), v -> new EnumMap<>(RiskLevel.class))
                    .merge(sum.riskLevel(), sum.minutes(), Long::sum);
            modalities.computeIfAbsent(sum.volunteerId(), v -> new EnumMap<>(Modality.class))
                    .merge(sum.modality(), sum.minutes(), Long::sum);
        }
        Map<Long, WithPopulation> experience = new HashMap<>();
        risks.forEach((volunteer, byRisk) -> experience.put(volunteer,
                new WithPopulation(byRisk, modalities.getOrDefault(volunteer, Map.of()))));
        return experience;
    }
}
