package academy.anxin.kernel.platform;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One table held in memory, for the in-memory repositories of unit tests: rows in the order they were added, each
 * given the next id as an identity column would, written into the entity's {@code id} field as JPA writes it (the
 * entities have no setter for it, on purpose).
 *
 * @param <T> an entity with a {@code Long id} field
 */
public final class InMemoryRows<T> {

    private final Map<Long, T> rows = new LinkedHashMap<>();
    private long lastId;

    public T add(T entity) {
        long id = ++lastId;
        assignId(entity, id);
        rows.put(id, entity);
        return entity;
    }

    public Optional<T> byId(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    public Stream<T> stream() {
        return rows.values().stream();
    }

    private static void assignId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException notAnEntity) {
            throw new IllegalArgumentException(entity.getClass() + " has no Long id field", notAnEntity);
        }
    }
}
