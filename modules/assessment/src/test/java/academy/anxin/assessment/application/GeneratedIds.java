package academy.anxin.assessment.application;

import java.lang.reflect.Field;

/**
 * Gives an entity the id the database would generate on insert. The entities keep their id private and set only by
 * the persistence provider, as they should; the in-memory stores stand in for that provider.
 */
final class GeneratedIds {

    private GeneratedIds() {
    }

    static void assign(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no id field on " + entity.getClass(), e);
        }
    }
}
