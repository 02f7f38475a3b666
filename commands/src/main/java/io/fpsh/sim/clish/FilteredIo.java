package io.fpsh.sim.clish;

import io.fpsh.device.DeviceIo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A command's terminal with its standard output kept back for a {@code |} filter; errors and dialogs pass. */
final class FilteredIo implements DeviceIo {
    private final DeviceIo terminal;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(kept, true, StandardCharsets.UTF_8);

    FilteredIo(DeviceIo terminal) {
        this.terminal = terminal;
    }

    String text() {
        out.flush();
        return kept.toString(StandardCharsets.UTF_8);
    }

    @Override public PrintStream out() { return out; }

    @Override public PrintStream err() { return terminal.err(); }

    @Override public String readPassword(String prompt) { return terminal.readPassword(prompt); }

    @Override public String readLine(String prompt) { return terminal.readLine(prompt); }

    @Override public boolean canAskForPasswords() { return terminal.canAskForPasswords(); }
}
