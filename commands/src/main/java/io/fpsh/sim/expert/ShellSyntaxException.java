package io.fpsh.sim.expert;

/** A line bash would refuse to run; the message is bash's, without the {@code -bash: } prefix. */
final class ShellSyntaxException extends Exception {
    ShellSyntaxException(String message) {
        super(message, null, false, false);
    }
}
