package io.fpsh.sim;

import io.fpsh.device.DeviceIo;

import java.io.PrintStream;
import java.time.Duration;

/**
 * sudo's password check, as sudo 1.9 with pam does it: the ticket of the last five minutes of lab time spares it;
 * else the lecture on first use, up to three {@code Password:} prompts with echo off, and pam's pause of about
 * 2 s (on the lab clock) before each "Sorry, try again." and before the final refusal.
 */
final class SudoAuthentication {
    static final String LECTURE = """

            We trust you have received the usual lecture from the local System
            Administrator. It usually boils down to these three things:

                #1) Respect the privacy of others.
                #2) Think before you type.
                #3) With great power comes great responsibility.

            """;
    /** pam_unix's delay after a failed password (measured here: 2.07 to 2.37 s with sudo 1.9.13). */
    static final Duration FAIL_DELAY = Duration.ofSeconds(2);
    private static final int TRIES = 3;

    private SudoAuthentication() {}

    /**
     * True when sudo may proceed. {@code nonInteractive} is {@code -n}: without a ticket sudo then refuses
     * instead of asking, as it does where nothing can answer (an exec request without a pty).
     */
    static boolean authenticate(FtdSession session, DeviceIo io, boolean nonInteractive) {
        DeviceState state = session.state();
        if (session.sudoTicketValid()) {
            return true;
        }
        PrintStream err = io.err();
        if (nonInteractive) {
            err.println("sudo: a password is required");
            return false;
        }
        if (!io.canAskForPasswords()) {
            err.println("sudo: a terminal is required to read the password; either use the -S option to read from"
                    + " standard input or configure an askpass helper");
            err.println("sudo: a password is required");
            return false;
        }
        if (session.needsLecture()) {
            err.print(LECTURE);
        }
        String expected = state.passwordOf(state.loginUser());
        int failures = 0;
        while (failures < TRIES) {
            String typed = io.readPassword("Password:");
            if (typed == null) {
                // Ctrl-C or the end of input at the question: sudo counts what failed before it
                err.println(failures == 0 ? "sudo: a password is required" : attempts(failures));
                return false;
            }
            if (typed.equals(expected)) {
                session.grantSudoTicket();
                return true;
            }
            failures++;
            if (!pause(state)) {
                return false;
            }
            err.println(failures < TRIES ? "Sorry, try again." : attempts(failures));
        }
        return false;
    }

    /** pam's delay after a wrong password; false when interrupted. */
    static boolean pause(DeviceState state) {
        try {
            state.clock().pause(FAIL_DELAY);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String attempts(int failures) {
        return "sudo: " + failures + " incorrect password attempt" + (failures == 1 ? "" : "s");
    }
}
