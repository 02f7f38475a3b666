package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.GrammarNode;
import io.fpsh.grammar.ParseResult;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * Colours the line as it is typed, from {@link CommandParser}: at the clish the words the grammar accepts are bold
 * green and the first word it rejects red. In the Linux shell only a command name the grammar knows is marked (bash
 * runs many commands the grammar does not list, so an unknown one is not an error there).
 */
final class GrammarHighlighter implements Highlighter {
    private static final AttributedStyle KNOWN = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle REJECTED = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final Session session;
    private final Grammar grammar;
    private final CommandParser parser;
    private final DialogFlag dialog;

    GrammarHighlighter(Session session, Grammar grammar, DialogFlag dialog) {
        this.session = session;
        this.grammar = grammar;
        this.parser = new CommandParser(grammar);
        this.dialog = dialog;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (dialog.answering()) {
            return new AttributedString(buffer);
        }
        Mode mode = session.device().mode();
        List<int[]> spans = wordSpans(buffer);
        int accepted;
        int rejected = -1;
        if (mode.isLinuxShell()) {
            accepted = !spans.isEmpty() && isShellCommand(mode, word(buffer, spans.get(0))) ? 1 : 0;
        } else {
            ParseResult result = parser.parse(mode, buffer);
            if (result instanceof ParseResult.Illegal illegal) {
                accepted = illegal.wordIndex();
                rejected = illegal.wordIndex();
            } else if (result instanceof ParseResult.Ambiguous ambiguous) {
                accepted = ambiguous.wordIndex();
            } else {
                accepted = spans.size();
            }
        }
        AttributedStringBuilder out = new AttributedStringBuilder(buffer.length() + 32);
        int written = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            out.append(buffer, written, span[0]);
            AttributedStyle style = i < accepted ? KNOWN : i == rejected ? REJECTED : AttributedStyle.DEFAULT;
            out.styled(style, buffer.substring(span[0], span[1]));
            written = span[1];
        }
        out.append(buffer, written, buffer.length());
        return out.toAttributedString();
    }

    private boolean isShellCommand(Mode mode, String word) {
        for (GrammarNode child : grammar.root(mode).children()) {
            if (child.isKeyword() && child.keyword().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Start and end of each word, split the way {@link CommandParser#words} splits. */
    static List<int[]> wordSpans(String buffer) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < buffer.length()) {
            while (i < buffer.length() && isBlank(buffer.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < buffer.length() && !isBlank(buffer.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }

    /** The blanks of the regex {@code \\s}, which is what {@link CommandParser#words} splits on. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String word(String buffer, int[] span) {
        return buffer.substring(span[0], span[1]);
    }
}
