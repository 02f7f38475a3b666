package io.fpsh.grammar;

import java.util.List;
import java.util.Map;

/** What the clish makes of a typed line. */
public sealed interface ParseResult {

    /** Nothing but blanks. */
    record Empty() implements ParseResult {}

    /**
     * A complete command. {@code command} is its path ({@code configure network dns servers <servers>}),
     * {@code words} the line with abbreviations expanded, {@code args} the typed arguments by name.
     */
    record Command(String command, List<String> words, Map<String, String> args) implements ParseResult {
        public String arg(String name) { return args.get(name); }
        public String expanded() { return String.join(" ", words); }
    }

    /** The words are valid so far but the command needs more: {@code Syntax error: The command is not completed}. */
    record Incomplete(List<String> words) implements ParseResult {}

    /** A word is the prefix of several keywords. */
    record Ambiguous(int wordIndex, String word, List<String> candidates) implements ParseResult {}

    /** A word fits nothing at its place; {@code wordIndex} 0 means the command itself is unknown. */
    record Illegal(int wordIndex, String word) implements ParseResult {}

    /** The clish's own message for a line that is not a command. */
    static String syntaxError(ParseResult result) {
        if (result instanceof Incomplete) {
            return "Syntax error: The command is not completed";
        }
        if (result instanceof Ambiguous) {
            return "Syntax error: Ambiguous command";
        }
        if (result instanceof Illegal illegal) {
            return illegal.wordIndex() == 0 ? "Syntax error: Illegal command line" : "Syntax error: Illegal parameter";
        }
        return "";
    }
}
