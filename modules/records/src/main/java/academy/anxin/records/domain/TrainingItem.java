package academy.anxin.records.domain;

import academy.anxin.kernel.domain.LocalizedText;
import java.time.LocalDate;

/**
 * One line of a record's training part: a course or a micro-lesson completed, an exam passed, or approved practice
 * that was training
 * rather than service (role-play, observation), with its minutes.
 *
 * @param kind   what kind of training
 * @param code   the course's, micro-lesson's or exam's code, or the practice modality's name
 * @param title  the course's, micro-lesson's or exam's title (null for practice)
 * @param minutes the minutes of practice training (0 for a course, micro-lesson or exam)
 */
public record TrainingItem(LocalDate date, Kind kind, String code, LocalizedText title, int minutes)
        implements java.io.Serializable {

    public enum Kind {
        COURSE, MICRO_LESSON, EXAM, PRACTICE
    }
}
