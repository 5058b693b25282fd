package fi.asiointipiste.visits.entity;

import java.lang.reflect.Field;

/** Test-only: gives an entity the id the database would, for rules that refer to rows by id. */
final class Persisted {

    private Persisted() {}

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
