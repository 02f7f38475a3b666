package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.teach.LessonTrail;

import java.io.BufferedReader;
import java.io.PrintStream;

/**
 * A session fed from a pipe or file ({@code fpsh < script}): no JLine, just lines, and the output is the transcript
 * a person would have seen at a terminal, so it can be diffed: the banner, then for each line the prompt, the line
 * as echoed, a newline and the command's output. The device's stderr joins stdout here, because on a screen they are
 * one. Secrets asked for by the device take the next line, which is not echoed (the prompt, then only a newline).
 *
 * <p>At end of input the last prompt stays printed, followed by a newline, and fpsh exits 0: what a terminal session
 * ended with Ctrl-D looks like. {@code exit} at the clish ends the session earlier, without a further prompt.
 * A line with {@code ?} at the clish or LINA shows what the key shows there ({@link HelpListing#forWholeLine}) and
 * is not run.
 */
final class PipedSession {
    /** The width a transcript is laid out for, as a terminal's default. */
    static final int SCREEN_WIDTH = 80;

    private PipedSession() {}

    static int run(Session session, BufferedReader input, PrintStream out) {
        StreamDialogs dialogs = new StreamDialogs(input, out, true);
        PlainIo io = new PlainIo(out, out, dialogs);
        out.print(session.device().banner());
        while (session.device().isOpen()) {
            Device device = session.device();
            out.print(device.prompt());
            String line = dialogs.nextLine();
            if (line == null) {
                out.print("\n");
                break;
            }
            out.print(line + "\n");
            if (ShellCommands.isOwnCommand(line)) {
                if (ShellCommands.run(line, session, io) == ShellCommands.Outcome.EXIT) {
                    break;
                }
                continue;
            }
            var listing = HelpListing.forWholeLine(device.mode(), line, SCREEN_WIDTH, device.softwareVersion());
            if (listing.isPresent()) {
                out.print(listing.get());
                LessonSteps.walked(device, LessonTrail.Step.HELP);
                continue;
            }
            device.run(line, io);
            out.flush();
        }
        out.flush();
        return 0;
    }
}
