package academy.anxin.learning.domain;

import java.util.List;
import java.util.Optional;

public interface MicroLessons {

    /** The current versions, by code. */
    List<MicroLesson> current();

    Optional<MicroLesson> current(String code);

    Optional<MicroLesson> latest(String code);

    MicroLesson add(MicroLesson microLesson);
}
