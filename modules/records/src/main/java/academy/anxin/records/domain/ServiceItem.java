package academy.anxin.records.domain;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import java.time.LocalDate;

/** One line of a record's service part: approved practice that served people, still standing (not reversed). */
public record ServiceItem(LocalDate date, int minutes, Modality modality, Population population)
        implements java.io.Serializable {
}
