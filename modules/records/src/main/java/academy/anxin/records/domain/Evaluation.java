package academy.anxin.records.domain;

import java.time.LocalDate;

/** A supervisor's comment on a decided practice session (评价), as the volunteer sees it on their log. */
public record Evaluation(LocalDate date, String supervisor, String decision, String comment)
        implements java.io.Serializable {
}
