package io.fpsh.tools.curl;

/** curl's -v lines on stderr: "* " notes, "> "/"< " headers and the "{ [N bytes data]" marks, or nothing without -v. */
final class VerboseTrace {
    private final boolean verbose;
    private final boolean stdoutIsTerminal;
    private final CurlDialect dialect;
    private final GuardedOutput io;
    /** curl notes data once until the next trace line: a body read in many chunks shows as one line. */
    private boolean dataNoted;

    VerboseTrace(boolean verbose, boolean stdoutIsTerminal, CurlDialect dialect, GuardedOutput io) {
        this.verbose = verbose;
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.dialect = dialect;
        this.io = io;
    }

    void line(String line) {
        if (!verbose) return;
        io.traceLine(line);
        dataNoted = false;
    }

    void header(String line) {
        if (!verbose) return;
        io.traceHeader(line);
        dataNoted = false;
    }

    /**
     * -v's "{ [N bytes data]" for body bytes, shown only when stdout is not a terminal (on one, the data itself
     * is there to see). TLS records get no such lines: fpsh does not reproduce OpenSSL's message sizes.
     */
    void data(char direction, long bytes) {
        if (!verbose || stdoutIsTerminal || dataNoted) return;
        io.traceLine(dialect.dataLine(direction, bytes));
        dataNoted = true;
    }
}
