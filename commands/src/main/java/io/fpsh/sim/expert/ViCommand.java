package io.fpsh.sim.expert;

import io.fpsh.device.RawScreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code vi [+LINE] [FILE]} (and {@code vim}): edits one file of the device on the session's terminal
 * ({@link ViEditor}), on the alternate screen it leaves on quitting. Off a terminal (a pipe, {@code -c}, {@code ssh
 * host CMD}) it says so in vim's words and stops at once.
 * [UNVERIFIED: which vi the FTD has; this is vim 9 as Debian ships it here. Off a terminal the real vim prints
 * this warning, draws its screen anyway and reads keys from its input until it ends ("Vim: Error reading input,
 * exiting..."); fpsh stops after the warning so a script never hangs.]
 */
final class ViCommand implements ExternalCommand {
    static final String NOT_A_TERMINAL = "Vim: Warning: Output is not to a terminal";

    @Override
    public int run(CommandCall call) {
        Optional<RawScreen> terminal = call.openScreen();
        if (terminal.isEmpty()) {
            call.err().println(NOT_A_TERMINAL);
            return 1;
        }
        List<String> files = new ArrayList<>();
        int line = 0;
        for (String arg : call.args()) {
            if (arg.startsWith("+") && arg.substring(1).chars().allMatch(Character::isDigit)) {
                line = arg.length() == 1 ? Integer.MAX_VALUE : Integer.parseInt(arg.substring(1));
            } else if (!arg.startsWith("-") || arg.equals("-")) {
                files.add(arg); // [fpsh: options are ignored; vim's others edit further files with :n]
            }
        }
        ViFile file = files.isEmpty() ? ViFile.unnamed(call) : ViFile.open(call, files.get(0));
        try (RawScreen screen = terminal.get()) {
            screen.write(ScreenFrame.ENTER_ALTERNATE);
            try {
                new ViEditor(screen, call, file).startingAt(line).run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                screen.write(ScreenFrame.LEAVE_ALTERNATE);
            }
        }
        return 0;
    }
}
