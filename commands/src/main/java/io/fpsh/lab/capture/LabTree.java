package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

/** Writing a captured lab's tree: a part only when it says something, a value only where it differs from the base's. */
final class LabTree {
    private LabTree() {}

    static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static void putIfAny(ObjectNode parent, String field, JsonNode child) {
        if (child != null && child.size() > 0) {
            parent.set(field, child);
        }
    }

    /** Writes {@code read} where it differs from the base's (null included: the field then goes). */
    static void differs(ObjectNode node, String field, String read, String was) {
        if (!Objects.equals(read, was)) {
            if (read == null) {
                node.putNull(field);
            } else {
                node.put(field, read);
            }
        }
    }

    /** As {@link #differs}, but a value this version's layout does not print (null) leaves the base's. */
    static void differsIfRead(ObjectNode node, String field, String read, String was) {
        if (read != null && !read.equals(was)) {
            node.put(field, read);
        }
    }

    static void putIfRead(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
