package academy.anxin.records.domain;

import academy.anxin.kernel.domain.LocalizedText;
import java.time.LocalDate;

/**
 * One line of a record's training part: a course completed, an exam passed, or approved practice that was training
 * rather than service (role-play, observation), with its minutes.
 *
 * @param kind   what kind of training
 * @param code   the course's or exam's code, or the practice modality's name
 * @param title  the course's or exam's title (null for practice)
 * @param minutes the minutes of practice training (0 for a course or exam)
 */
public record TrainingItem(LocalDate date, Kind kind, String code, LocalizedText title, int minutes)
        implements java.io.Serializable {

    public enum Kind {
        COURSE, EXAM, PRACTICE
    }
}
