package io.fpsh.tools.curl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * stdout and stderr of one run. Once muted (Ctrl-C) nothing more reaches the terminal, even if OkHttp's thread
 * is still unwinding.
 */
final class GuardedOutput {
    private final PrintStream out;
    private final PrintStream err;
    private volatile boolean muted;

    GuardedOutput(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void mute() { muted = true; }

    /** A "* ..." trace line: curl ends those with a bare LF. */
    synchronized void traceLine(String line) {
        if (muted) return;
        err.print(line + "\n");
        err.flush();
    }

    /** A "> "/"< " header line: curl writes the raw CRLF. */
    synchronized void traceHeader(String line) {
        if (muted) return;
        err.print(line + "\r\n");
        err.flush();
    }

    synchronized void error(String text) {
        if (muted) return;
        err.print(text);
        err.flush();
    }

    synchronized void body(byte[] bytes, int length) {
        if (muted) return;
        out.write(bytes, 0, length);
        out.flush();
    }

    synchronized void stdout(String text) {
        if (muted) return;
        out.write(text.getBytes(StandardCharsets.UTF_8), 0, text.getBytes(StandardCharsets.UTF_8).length);
        out.flush();
    }
}
