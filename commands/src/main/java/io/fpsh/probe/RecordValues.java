package io.fpsh.probe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Reads a record's component by reflection, for the writers that walk records (JSON, the table). */
final class RecordValues {
    private RecordValues() {}

    static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true); // a record nested in a non-public class
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
