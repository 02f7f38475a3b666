package io.fpsh.tools.nslookup;

import java.io.PrintStream;

/** How dig and host end every run: streams flushed, and a bug reported in one line, never as a Java stack trace. */
final class ToolRun {
    static final int EXIT_FAILED = 1;

    /** One run's work. */
    interface Body {
        int run() throws InterruptedException;
    }

    private ToolRun() {}

    static int guarded(String tool, PrintStream out, PrintStream err, Body body) throws InterruptedException {
        try {
            return body.run();
        } catch (RuntimeException e) {
            err.println(tool + ": internal error");
            return EXIT_FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
