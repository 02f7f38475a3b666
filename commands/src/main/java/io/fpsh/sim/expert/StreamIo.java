package io.fpsh.sim.expert;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.RawScreen;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The terminal of a subshell or of a line run for a command ({@code sudo CMD}): its own output streams, with
 * questions (sudo's password) still asked of the user.
 */
final class StreamIo implements DeviceIo {
    private final DeviceIo user;
    private final PrintStream out;
    private final PrintStream err;

    StreamIo(DeviceIo user, OutputStream out, OutputStream err) {
        this.user = user;
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public String readPassword(String question) {
        return user.readPassword(question);
    }

    @Override
    public String readLine(String question) {
        return user.readLine(question);
    }

    @Override
    public boolean canAskForPasswords() {
        return user.canAskForPasswords();
    }

    /** The user's terminal: {@code sudo vi FILE} draws on it (the command checks its output goes to the session). */
    @Override
    public Optional<RawScreen> openScreen() {
        return user.openScreen();
    }
}
