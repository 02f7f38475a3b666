package io.fpsh.grammar;

import io.fpsh.device.Mode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a clish line against the grammar, as klish does: a word selects the keyword it is a unique prefix of
 * (an exact keyword wins over longer ones), else a typed argument that accepts it.
 */
public final class CommandParser {
    private final Grammar grammar;

    public CommandParser(Grammar grammar) {
        this.grammar = grammar;
    }

    public static List<String> words(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    public ParseResult parse(Mode mode, String line) {
        List<String> words = words(line);
        if (words.isEmpty()) {
            return new ParseResult.Empty();
        }
        GrammarNode node = grammar.root(mode);
        List<String> expanded = new ArrayList<>();
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Step step = step(node, word);
            if (step.ambiguous != null) {
                return new ParseResult.Ambiguous(i, word, step.ambiguous);
            }
            if (step.node == null) {
                return new ParseResult.Illegal(i, word);
            }
            node = step.node;
            if (node.isKeyword()) {
                expanded.add(node.keyword());
            } else {
                expanded.add(word);
                args.put(node.argName(), word);
            }
        }
        if (!node.isComplete()) {
            return new ParseResult.Incomplete(List.copyOf(expanded));
        }
        return new ParseResult.Command(node.path(), List.copyOf(expanded), Map.copyOf(args));
    }

    /** The clish's error line for a result that is not a command, or "" for one that is. */
    public static String syntaxError(ParseResult result) {
        return ParseResult.syntaxError(result);
    }

    /** The node a word leads to from {@code node}: unique keyword prefix, exact keyword, else a typed argument. */
    static Step step(GrammarNode node, String word) {
        List<GrammarNode> prefixed = new ArrayList<>();
        for (GrammarNode child : node.children()) {
            if (child.isKeyword()) {
                if (child.keyword().equals(word)) {
                    return new Step(child, null);
                }
                if (child.keyword().startsWith(word)) {
                    prefixed.add(child);
                }
            }
        }
        if (prefixed.size() == 1) {
            return new Step(prefixed.get(0), null);
        }
        if (prefixed.size() > 1) {
            return new Step(null, prefixed.stream().map(GrammarNode::keyword).toList());
        }
        for (GrammarNode child : node.children()) {
            if (!child.isKeyword() && child.argType().accepts(word)) {
                return new Step(child, null);
            }
        }
        return new Step(null, null);
    }

    record Step(GrammarNode node, List<String> ambiguous) {}
}
