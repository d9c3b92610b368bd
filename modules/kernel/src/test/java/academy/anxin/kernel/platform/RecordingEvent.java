package academy.anxin.kernel.platform;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The events a use case fired, in order, for the contexts' unit tests; other contexts' observers are not their
 * concern. The platform fires its events synchronously and unqualified, so the rest of {@link Event} is refused.
 */
public final class RecordingEvent<T> implements Event<T> {

    public final List<T> events = new ArrayList<>();

    @Override
    public void fire(T event) {
        events.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("the platform fires its events synchronously");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("the platform fires its events synchronously");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("the platform fires unqualified events");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("the platform fires unqualified events");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("the platform fires unqualified events");
    }
}
