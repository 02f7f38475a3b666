package io.fpsh.shell;

import io.fpsh.device.DeviceIo;

import java.io.Console;
import java.io.PrintStream;

/** A DeviceIo for {@code -c} run from a terminal: secrets are typed on the console with echo off. */
final class ConsoleIo implements DeviceIo {
    private final Console console;
    private final PrintStream out;
    private final PrintStream err;

    ConsoleIo(Console console, PrintStream out, PrintStream err) {
        this.console = console;
        this.out = out;
        this.err = err;
    }

    @Override public PrintStream out() { return out; }

    @Override public PrintStream err() { return err; }

    @Override
    public String readPassword(String prompt) {
        char[] secret = console.readPassword("%s", prompt);
        return secret == null ? null : new String(secret);
    }

    @Override
    public String readLine(String prompt) {
        return console.readLine("%s", prompt);
    }
}
