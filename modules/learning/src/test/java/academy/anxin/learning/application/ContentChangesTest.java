package academy.anxin.learning.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.learning.domain.ContentGeneration;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** When a node announces that the content changed: once per new generation it reads, never for its first reading. */
class ContentChangesTest {

    private final Stored stored = new Stored();
    private final List<Long> announced = new ArrayList<>();
    private final ContentChanges changes = changes();

    @Test
    void theFirstReadingIsWhereTheNodeStartsNotAChange() {
        assertEquals(OptionalLong.empty(), changes.generation(), "nothing is cached before the generation is known");
        changes.look();
        assertEquals(OptionalLong.of(7), changes.generation());
        assertEquals(List.of(), announced);
    }

    @Test
    void pollsThatFindTheSameGenerationAnnounceNothingSoNothingIsReindexed() {
        changes.look();
        for (int i = 0; i < 10; i++) {
            changes.look();
        }
        assertEquals(List.of(), announced);
    }

    @Test
    void anotherNodesImportIsAnnouncedOnceByThePollThatFindsIt() {
        changes.look();
        stored.generation = 8; // committed by another node
        changes.look();
        changes.look();
        assertEquals(List.of(8L), announced);
        assertEquals(OptionalLong.of(8), changes.generation());
    }

    @Test
    void thisNodesImportIsAnnouncedAtOnceAndNotAgainByThePoll() {
        changes.look();
        stored.generation = 8;
        changes.onImport(new ContentImported(List.of("L1-PFA v3")));
        assertEquals(List.of(8L), announced);
        changes.look();
        assertEquals(List.of(8L), announced);
    }

    @Test
    void aGenerationGoingBackwardsIsAChangeToo() {
        changes.look();
        stored.generation = 3; // a database restored from an older backup
        changes.look();
        assertEquals(List.of(3L), announced);
    }

    @Test
    void aFailedReadKeepsWhatWasKnownAndTheNextPollCatchesUp() {
        changes.look();
        stored.generation = 9;
        stored.failing = true;
        changes.look();
        assertEquals(OptionalLong.of(7), changes.generation());
        assertTrue(announced.isEmpty());
        stored.failing = false;
        changes.look();
        assertEquals(List.of(9L), announced);
    }

    private ContentChanges changes() {
        ContentChanges made = new ContentChanges();
        made.store = stored;
        made.self = made;
        made.outage = new DatabaseOutage();
        made.changed = new Announced();
        return made;
    }

    private static final class Stored implements ContentGeneration {

        long generation = 7;
        boolean failing;

        @Override
        public long read() {
            if (failing) {
                throw new IllegalStateException("a query that failed for some other reason than an outage");
            }
            return generation;
        }

        @Override
        public void advance() {
            generation++;
        }
    }

    private final class Announced implements Event<ContentChanged> {

        @Override
        public void fire(ContentChanged event) {
            announced.add(event.generation());
        }

        @Override
        public <U extends ContentChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ContentChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ContentChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ContentChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ContentChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
