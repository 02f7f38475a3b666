package io.fpsh.shell;

import io.fpsh.device.DeviceIo;

import java.io.PrintStream;

/** A DeviceIo over ordinary streams, its dialogs answered by {@link StreamDialogs}. */
final class PlainIo implements DeviceIo {
    private final PrintStream out;
    private final PrintStream err;
    private final StreamDialogs dialogs;

    PlainIo(PrintStream out, PrintStream err, StreamDialogs dialogs) {
        this.out = out;
        this.err = err;
        this.dialogs = dialogs;
    }

    @Override public PrintStream out() { return out; }

    @Override public PrintStream err() { return err; }

    @Override public String readPassword(String prompt) { return dialogs.readPassword(prompt); }

    @Override public String readLine(String prompt) { return dialogs.readLine(prompt); }
}
