package academy.anxin.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The micro-lessons each learner has finished (the first time they said so). */
public interface MicroLessonsDone {

    /** Records it unless already recorded; whether this was the first time. */
    boolean record(long personId, String microLessonCode, Instant at);

    Optional<Instant> doneAt(long personId, String microLessonCode);

    /** The person's finished micro-lessons, oldest first. */
    List<Done> of(long personId);

    record Done(String microLessonCode, Instant at) {
    }
}
