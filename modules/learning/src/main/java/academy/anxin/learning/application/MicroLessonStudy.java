package academy.anxin.learning.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.learning.domain.MicroLessonsDone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in learner says they have finished a micro-lesson; the first time is kept. Anyone may read the
 * micro-lessons; only a learner's own finishing is recorded, for their service records and their organization's
 * reports.
 */
@ApplicationScoped
public class MicroLessonStudy {

    @Inject
    Catalog catalog;

    @Inject
    MicroLessonsDone done;

    @Inject
    Clock clock;

    /**
     * Records the caller's finishing of the current micro-lesson with this code and says when they first did.
     *
     * @throws DomainException {@code microLesson.unknown} for a code no current micro-lesson has
     */
    @Transactional
    public Instant finish(Caller caller, String code) {
        if (code == null || catalog.microLesson(code).isEmpty()) {
            throw new DomainException("microLesson.unknown");
        }
        done.record(caller.personId(), code, clock.instant());
        return done.doneAt(caller.personId(), code).orElseThrow();
    }

    @Transactional
    public Optional<Instant> finishedAt(long personId, String code) {
        return done.doneAt(personId, code);
    }

    /** What the person has finished, oldest first, for their service records. */
    @Transactional
    public List<MicroLessonsDone.Done> finishedBy(long personId) {
        return done.of(personId);
    }
}
