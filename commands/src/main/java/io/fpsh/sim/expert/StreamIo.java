package io.fpsh.sim.expert;

import io.fpsh.device.DeviceIo;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
}
