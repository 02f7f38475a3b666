package io.fpsh.lab;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field names a lab file may use, read from the {@link LabFile} records. Errors quote a key of the file only
 * when the schema could have written it: a key that is no field name may be anything (a line of /etc/shadow).
 */
final class LabSchema {
    /** The names a lab's {@code site} map may hold: what the engineer knows of a site that playbooks ask for. */
    static final Set<String> SITE_PARAMS = Set.of("site-dns", "site-proxy");
    private static final Set<String> FIELDS = fieldsOf(LabFile.class, withRenamed(new TreeSet<>(SITE_PARAMS)));

    /** Fields whose name in a file is not their component's (a Java keyword). */
    private static Set<String> withRenamed(Set<String> names) {
        names.add("default"); // LabFile.Variable.defaultValue
        return names;
    }

    private LabSchema() {}

    /** True when {@code key} is the name of a field somewhere in a lab file. */
    static boolean isField(String key) {
        return FIELDS.contains(key);
    }

    /**
     * True when {@code key} may be shown in an error: a field name of the schema, or a near miss of one of
     * {@code known} (a typo: one letter changed, two in a long name, so it says nothing the field name does not).
     */
    static boolean isQuotable(String key, Iterable<String> known) {
        if (key == null || key.length() > 64 || !key.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            return false;
        }
        if (isField(key)) {
            return true;
        }
        for (String field : known) {
            int allowed = key.length() < 6 ? 1 : 2;
            if (key.length() >= 3 && editDistance(key.toLowerCase(), field.toLowerCase()) <= allowed) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> fieldsOf(Class<?> record, Set<String> names) {
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
            Class<?> inner = elementType(component.getGenericType());
            if (inner != null && inner.isRecord() && inner != record) {
                fieldsOf(inner, names);
            }
        }
        return names;
    }

    /** The record a component holds, directly or as the elements of a list. */
    private static Class<?> elementType(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getActualTypeArguments().length == 1
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    /** Levenshtein distance: how many letters to insert, delete or change to turn one word into the other. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
