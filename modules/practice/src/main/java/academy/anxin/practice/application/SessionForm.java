package academy.anxin.practice.application;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.practice.domain.SessionDetails;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a volunteer fills in about one practice session, as the log page (or the demo) hands it to
 * {@link PracticeLog#save}; a field left empty is null, and the save names it as missing with every other problem.
 */
public record SessionForm(LocalDate date, LocalTime start, Integer minutes, Modality modality, Population population,
                          RiskLevel riskLevel, String reflection) {

    SessionDetails details() {
        return new SessionDetails(date, start, minutes, modality, population, riskLevel, reflection);
    }
}
