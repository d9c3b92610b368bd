package academy.anxin.records.domain;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import java.time.LocalDate;

/**
 * One row of a volunteer's practice ledger in one organization, as practice reports it: an approved reversal has
 * negative minutes and names the session it reverses. {@code comment} is the supervisor's sign-off comment as the
 * volunteer sees it on their own log.
 */
public record PracticeEntry(long id, LocalDate date, int minutes, Modality modality, Population population,
                            String status, Long reversalOf, String supervisor, String comment, LocalDate decidedOn) {

    boolean approved() {
        return "APPROVED".equals(status);
    }
}
