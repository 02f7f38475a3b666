package io.fpsh.lab;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lab records as compact bytes for {@link LabCache}, component by component in declaration order, driven by the
 * record types themselves: the stream names no classes, so reading it can only build lab records. Java serialization
 * did the same job but spins about 150 method-handle classes for records on every cold start (tens of milliseconds of
 * {@code fpsh -c}); reflection over the canonical constructors spins none.
 * Types a lab uses: records, String, Integer/int, Long (a seed), Boolean/boolean, Instant, List of those, and Map of String to
 * String (its order kept) (and byte[] for the YAML an entry was parsed from); each value is preceded by a presence byte, as any component may be absent (null).
 */
final class LabRecordCodec {
    private static final int ABSENT = 0;
    private static final int PRESENT = 1;

    private LabRecordCodec() {}

    static void write(DataOutputStream out, Object value, Type type) throws IOException {
        if (value == null) {
            out.writeByte(ABSENT);
            return;
        }
        out.writeByte(PRESENT);
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (raw == Integer.class || raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == Long.class || raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == Boolean.class || raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == byte[].class) {
            out.writeInt(((byte[]) value).length);
            out.write((byte[]) value);
        } else if (raw == Instant.class) {
            out.writeLong(((Instant) value).getEpochSecond());
            out.writeInt(((Instant) value).getNano());
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object element : list) {
                write(out, element, elementType(type));
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(out, entry.getKey(), String.class);
                write(out, entry.getValue(), String.class);
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                write(out, component(value, component), component.getGenericType());
            }
        } else {
            throw new IllegalArgumentException("a lab holds no " + raw.getName());
        }
    }

    static Object read(DataInputStream in, Type type) throws IOException {
        int presence = in.readUnsignedByte();
        if (presence == ABSENT) {
            return null;
        }
        if (presence != PRESENT) {
            throw new IOException("not a lab cache entry");
        }
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
        } else if (raw == Integer.class || raw == int.class) {
            return in.readInt();
        } else if (raw == Long.class || raw == long.class) {
            return in.readLong();
        } else if (raw == Boolean.class || raw == boolean.class) {
            return in.readBoolean();
        } else if (raw == byte[].class) {
            return in.readNBytes(length(in));
        } else if (raw == Instant.class) {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        } else if (raw == List.class) {
            int size = length(in);
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, elementType(type)));
            }
            return Collections.unmodifiableList(list);
        } else if (raw == Map.class) {
            int size = length(in);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(read(in, String.class), read(in, String.class));
            }
            return Collections.unmodifiableMap(map);
        } else if (raw.isRecord()) {
            return construct(in, raw);
        }
        throw new IOException("a lab holds no " + raw.getName());
    }

    private static Object construct(DataInputStream in, Class<?> record) throws IOException {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(in, components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IOException("cannot rebuild " + record.getSimpleName() + ": " + e, e);
        }
    }

    private static Object component(Object record, RecordComponent component) throws IOException {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot read " + component.getName() + ": " + e, e);
        }
    }

    /** A count or a byte length, never more than what is left to read: a damaged entry cannot ask for gigabytes. */
    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("not a lab cache entry");
        }
        return length;
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Type elementType(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }
}
