package io.fpsh.playbook.fleet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as maps, lists and scalars that keep the line they were written on, read with Jackson's streaming
 * parser: an inventory's errors name the line of the key at fault, and a key written twice is found here (a tree
 * reader would keep the last one silently).
 */
final class YamlTree {
    private static final int MAX_DEPTH = 20;

    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    /** A key and where it was written. */
    record Key(String name, int line) {}

    record MapNode(int line, Map<String, Entry> entries) implements Node {}

    record Entry(Key key, Node value) {}

    record ListNode(int line, List<Node> items) implements Node {}

    /** A scalar; {@code text} is null for an empty value ({@code key:} with nothing after it). */
    record Scalar(int line, String text) implements Node {}

    /** A problem met while reading: the line and what is wrong. */
    record Problem(int line, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    private YamlTree() {}

    /** The document's root (null when it is empty) and the keys written twice, one problem each. */
    static Read read(String source) throws IOException {
        YamlTree tree = new YamlTree();
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(limited(source.length())).build();
        try (JsonParser parser = factory.createParser(source)) {
            JsonToken first = parser.nextToken();
            Node root = first == null ? null : tree.node(parser, first, 0);
            return new Read(root, List.copyOf(tree.problems));
        }
    }

    record Read(Node root, List<Problem> problems) {}

    private static org.yaml.snakeyaml.LoaderOptions limited(int length) {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setCodePointLimit(Math.max(length, 1));
        return options;
    }

    private Node node(JsonParser parser, JsonToken token, int depth) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        if (depth > MAX_DEPTH) {
            throw new IOException("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                Key key = new Key(parser.currentName(), parser.currentTokenLocation().getLineNr());
                Node value = node(parser, parser.nextToken(), depth + 1);
                Entry before = entries.get(key.name());
                if (before != null) {
                    problems.add(new Problem(key.line(), "'" + Shown.key(key.name()) + "' is written twice (first on line "
                            + before.key().line() + ")"));
                } else {
                    entries.put(key.name(), new Entry(key, value));
                }
            }
            return new MapNode(line, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                items.add(node(parser, t, depth + 1));
            }
            return new ListNode(line, items);
        }
        return new Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }
}
