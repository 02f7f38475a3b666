package io.fpsh.grammar;

/** One line of '?' help or one completion candidate: the word (or {@code <arg>}, or {@code <cr>}) and its help. */
public record HelpEntry(String word, String help, boolean argument) {
    public static final HelpEntry END = new HelpEntry("<cr>", "", false);

    /** True when completing should insert the word (keywords), false for placeholders. */
    public boolean insertable() {
        return !argument && !word.equals("<cr>");
    }
}
