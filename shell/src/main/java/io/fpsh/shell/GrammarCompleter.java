package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.HelpEntry;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;

/**
 * Tab completion from the grammar, with each candidate's help as its description. At the clish (and LINA) the words
 * come from {@link ContextHelp}, walking the whole line; in the Linux shell the first word is a command name from the
 * grammar's {@code [expert]} section, later words that command's options and keywords, and file names on the device
 * ({@link FileNameCandidates}) for any later word not starting with '-' and for a first word holding a '/'.
 * A word that fits nothing gives no candidate, and JLine then rings the bell, as the clish does.
 */
public final class GrammarCompleter implements Completer {
    private final Session session;
    private final ContextHelp help;
    private final DialogFlag dialog;

    GrammarCompleter(Session session, ContextHelp help, DialogFlag dialog) {
        this.session = session;
        this.help = help;
        this.dialog = dialog;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (dialog.answering()) {
            return;
        }
        String beforeCursor = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        String partial = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        addCandidates(help, session.device(), beforeCursor, partial, line.wordIndex() == 0, false, candidates);
    }

    /**
     * The candidates for the word {@code partial} that ends {@code beforeCursor}, in the device's current mode;
     * {@code commandWord} when it is the line's first word; a line of fpsh's own ({@code :run ...}) completes its
     * command names ({@code served}: those a served shell runs). Also used by {@code fpsh serve}'s line editor.
     */
    public static void addCandidates(ContextHelp help, Device device, String beforeCursor, String partial,
                                     boolean commandWord, boolean served, List<Candidate> candidates) {
        if (OwnCommandCandidates.isOwnLine(beforeCursor)) {
            OwnCommandCandidates.add(beforeCursor, served, candidates);
            return;
        }
        Mode mode = device.mode();
        if (!mode.isLinuxShell()) {
            addGrammarWords(help, mode, beforeCursor, candidates);
        } else {
            if (!(commandWord && partial.contains("/"))) {
                addGrammarWords(help, mode, commandAndOption(beforeCursor), candidates);
            }
            if ((commandWord && partial.contains("/")) || (!commandWord && !partial.startsWith("-"))) {
                candidates.addAll(FileNameCandidates.forWord(device, partial));
            }
        }
        // a lesson's step: TAB offered the device's words (JLine and fpsh serve both come here, on TAB only)
        if (candidates.stream().anyMatch(c -> c.value().startsWith(partial))) {
            LessonSteps.walked(device, io.fpsh.teach.LessonTrail.Step.COMPLETION);
        }
    }

    private static void addGrammarWords(ContextHelp help, Mode mode, String beforeCursor, List<Candidate> candidates) {
        for (HelpEntry entry : help.choices(mode, beforeCursor)) {
            if (entry.insertable()) {
                candidates.add(new Candidate(entry.word(), entry.word(), null, emptyToNull(entry.help()), null, null, true));
            }
        }
    }

    /** Reduces a shell line to what the grammar knows of it: the command name, then the option being typed. */
    static String commandAndOption(String beforeCursor) {
        List<String> words = CommandParser.words(beforeCursor);
        boolean atNewWord = beforeCursor.isEmpty() || Character.isWhitespace(beforeCursor.charAt(beforeCursor.length() - 1));
        if (words.isEmpty() || (words.size() == 1 && !atNewWord)) {
            return beforeCursor.stripLeading();
        }
        String partial = atNewWord ? "" : words.get(words.size() - 1);
        return words.get(0) + " " + partial;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
