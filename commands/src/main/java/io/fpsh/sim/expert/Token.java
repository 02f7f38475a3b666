package io.fpsh.sim.expert;

/** What the lexer cuts a line into. */
sealed interface Token {

    /** A word (command name or argument). */
    record WordToken(Word word) implements Token {}

    /** A control operator: {@code |}, {@code ||}, {@code &&}, {@code ;}, {@code &}, or an unsupported {@code (}/{@code )}. */
    record Operator(String text) implements Token {}

    /** A redirection operator on file descriptor {@code fd}: {@code >}, {@code >>}, {@code <} or {@code >&}. */
    record Redirect(int fd, String op) implements Token {
        String display() {
            return op;
        }
    }
}
