package io.fpsh.drive;

import io.fpsh.device.Mode;

import java.time.Duration;

/**
 * One line run by a program on a device: what was sent in which mode, what came back (stdout and stderr in the order
 * they were written, and each apart where the target keeps them apart), the exit status, how long it took, and
 * whether the call completed at all.
 *
 * @param output   stdout and stderr as a terminal shows them, CRs and terminal controls removed
 * @param error    one line saying why the call did not complete; null when it did
 */
public record CommandResult(String line, Mode mode, String output, String stdout, String stderr, int exitStatus,
                            Duration duration, Outcome outcome, String error) {

    /** The texts as the screen shows them: a progress meter's redraws (CRs) never reach a parser. */
    public CommandResult {
        output = ScreenText.of(output);
        stdout = ScreenText.of(stdout);
        stderr = ScreenText.of(stderr);
    }

    /** Whether the line ran to its end on the device. */
    public enum Outcome {
        /** The line ran; its exit status is the command's. */
        COMPLETED,
        /** The deadline passed: the command was cancelled (the session may have been closed, {@link #error} says). */
        TIMEOUT,
        /** The target could not be reached, or the connection was lost during the call. */
        UNREACHABLE,
        /** The target cannot do this (expert mode on the local machine, root without a sudo password...). */
        NOT_AVAILABLE
    }

    public boolean completed() {
        return outcome == Outcome.COMPLETED;
    }

    /** A call that did not run the line. */
    public static CommandResult failed(String line, Mode mode, Outcome outcome, String error, Duration duration) {
        return new CommandResult(line, mode, "", "", "", -1, duration, outcome, error);
    }
}
