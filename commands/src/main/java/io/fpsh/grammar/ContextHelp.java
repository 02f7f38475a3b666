package io.fpsh.grammar;

import io.fpsh.device.Mode;

import java.util.ArrayList;
import java.util.List;

/** What may come next at the cursor: Cisco '?' help and tab completion, both from the grammar. */
public final class ContextHelp {
    private final Grammar grammar;

    public ContextHelp(Grammar grammar) {
        this.grammar = grammar;
    }

    /**
     * The choices for the word being typed at the end of {@code lineBeforeCursor}: after a blank, every next word;
     * inside a word, those it is a prefix of. Empty when an earlier word fits nothing.
     */
    public List<HelpEntry> choices(Mode mode, String lineBeforeCursor) {
        boolean atNewWord = lineBeforeCursor.isEmpty() || Character.isWhitespace(lineBeforeCursor.charAt(lineBeforeCursor.length() - 1));
        List<String> words = new ArrayList<>(CommandParser.words(lineBeforeCursor));
        String partial = atNewWord || words.isEmpty() ? "" : words.remove(words.size() - 1);
        GrammarNode node = grammar.root(mode);
        for (String word : words) {
            CommandParser.Step step = CommandParser.step(node, word);
            if (step.node() == null) {
                return List.of();
            }
            node = step.node();
        }
        List<HelpEntry> entries = new ArrayList<>();
        for (GrammarNode child : node.children()) {
            if (child.isKeyword() && child.keyword().startsWith(partial)) {
                entries.add(new HelpEntry(child.keyword(), child.help(), false));
            } else if (!child.isKeyword() && (partial.isEmpty() || child.argType().accepts(partial))) {
                entries.add(new HelpEntry(child.label(), child.help(), true));
            }
        }
        if (partial.isEmpty() && node.isComplete() && !words.isEmpty()) {
            entries.add(HelpEntry.END);
        }
        return entries;
    }

    /** The candidates laid out in the clish's columns (each as wide as the longest word plus one), for {@code width}. */
    public static String columns(List<String> words, int width) {
        int column = words.stream().mapToInt(String::length).max().orElse(0) + 1;
        int perRow = Math.max(1, width / Math.max(column, 22));
        column = Math.max(column, 22);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(String.format("%-" + column + "s", words.get(i)));
            if ((i + 1) % perRow == 0 || i == words.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The '?' listing: one line per choice, word and help in two columns. */
    public static String helpListing(List<HelpEntry> entries) {
        int column = Math.max(20, entries.stream().mapToInt(e -> e.word().length()).max().orElse(0) + 2);
        StringBuilder out = new StringBuilder();
        for (HelpEntry entry : entries) {
            String line = "  " + String.format("%-" + column + "s", entry.word()) + entry.help();
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
