package io.fpsh.lab.capture;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Originals of one kind (UUIDs, MACs, serials, user names, organisations) to numbered replacements, the first met
 * numbered 1: the same original always gives the same replacement, two originals never share one.
 */
final class Numbered {
    private final Map<String, String> replacements = new HashMap<>();
    private final IntFunction<String> format;

    Numbered(IntFunction<String> format) {
        this.format = format;
    }

    /** {@code key} is the original in the form two spellings of it share (lower case for a UUID or a MAC). */
    String get(String key) {
        return replacements.computeIfAbsent(key, k -> format.apply(replacements.size() + 1));
    }

    boolean has(String key) {
        return replacements.containsKey(key);
    }

    Iterable<String> originals() {
        return replacements.keySet();
    }
}
