package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.teach.LessonTrail;
import io.fpsh.device.DeviceIo;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code fpsh -c 'cmd; cmd'}, like {@code bash -c}: runs the lines in order, each in the mode the earlier ones led
 * to, and prints only what the commands print: no banner, prompts or echo. The device's stdout and stderr go to
 * ours, apart. The exit status is the last command's. A line with {@code ?} at the clish or LINA prints what the
 * key prints there and is not run (status 0).
 */
final class ScriptMode {
    private ScriptMode() {}

    static int run(Session session, String commands, DeviceIo io, PrintStream out, PrintStream err) {
        int status = 0;
        for (String line : CommandSplitter.split(commands)) {
            if (!session.device().isOpen()) {
                break;
            }
            if (ShellCommands.isOwnCommand(line)) {
                ShellCommands.Outcome outcome = ShellCommands.run(line, session, io);
                status = session.ownCommandStatus(); // :run's verdict, as fpsh run would exit
                if (outcome == ShellCommands.Outcome.EXIT) {
                    break;
                }
                continue;
            }
            Device device = session.device();
            var listing = HelpListing.forWholeLine(device.mode(), line, PipedSession.SCREEN_WIDTH, device.softwareVersion());
            if (listing.isPresent()) {
                out.print(listing.get());
                out.flush();
                LessonSteps.walked(device, LessonTrail.Step.HELP);
                status = 0;
                continue;
            }
            status = device.run(line, io);
            io.out().flush();
            io.err().flush();
        }
        return status;
    }
}
