package io.fpsh.device;

import java.io.PrintStream;
import java.util.Optional;

/**
 * The terminal side of one command: where its output goes, as it is produced, and how its dialogs
 * (passwords, confirmations, the http-proxy questions) are answered.
 */
public interface DeviceIo {

    /** Standard output. Text is flushed by the device as it is produced. */
    PrintStream out();

    /** Standard error; the same stream as {@link #out()} where the target cannot keep them apart. */
    PrintStream err();

    /** Asks for a secret with echo off. Returns null at end of input or when the command is cancelled. */
    String readPassword(String prompt);

    /** Asks a dialog question with echo on. Returns null at end of input or when the command is cancelled. */
    String readLine(String prompt);

    /**
     * False where nothing can answer a password question: an {@code ssh host 'CMD'} exec request without a pty,
     * where the real sudo has no terminal to ask on. A pipe or {@code -c} session answers from its next input line.
     */
    default boolean canAskForPasswords() {
        return true;
    }

    /**
     * Told by a target, besides the one line it prints on {@link #err()}, when the session itself failed during the
     * command (no prompt before the deadline, connection lost), so a program can tell that apart from the command's
     * own exit status. Terminals ignore it.
     */
    default void sessionFailed(SessionFailure failure, String message) {
    }

    /**
     * The terminal taken raw for a full-screen program, or empty where the session has no terminal a program can
     * draw on: a pipe, {@code -c}, an exec request without a pty, a recording, a real device's SSH session. Then
     * less prints its file and vi says it has no terminal, as the real ones do off a terminal.
     */
    default Optional<RawScreen> openScreen() {
        return Optional.empty();
    }
}
