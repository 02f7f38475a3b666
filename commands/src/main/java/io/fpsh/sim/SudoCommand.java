package io.fpsh.sim;

import io.fpsh.device.DeviceIo;

/**
 * {@code sudo su}, {@code sudo su -}: the lecture on first use, up to three {@code Password:} prompts with echo
 * off, and a ticket that spares the password for five minutes of lab time, as Linux sudo does.
 */
final class SudoCommand {
    static final String LECTURE = """

            We trust you have received the usual lecture from the local System
            Administrator. It usually boils down to these three things:

                #1) Respect the privacy of others.
                #2) Think before you type.
                #3) With great power comes great responsibility.

            """;
    private static final int TRIES = 3;

    private SudoCommand() {}

    /** Asks for the password unless the ticket is valid; true when sudo may proceed. */
    static boolean authenticate(FtdSession session, DeviceIo io) {
        DeviceState state = session.state();
        if (state.sudoTicketValid()) {
            return true;
        }
        if (session.needsLecture()) {
            io.err().print(LECTURE);
        }
        String expected = state.passwordOf(state.loginUser());
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            String typed = io.readPassword("Password:");
            if (typed == null) {
                return false;
            }
            if (typed.equals(expected)) {
                state.grantSudoTicket();
                return true;
            }
            if (attempt < TRIES) {
                io.err().println("Sorry, try again.");
            }
        }
        io.err().println("sudo: " + TRIES + " incorrect password attempts");
        return false;
    }
}
