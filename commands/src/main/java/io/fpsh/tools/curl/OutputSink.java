package io.fpsh.tools.curl;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Where the body (and -i headers) go: stdout, nowhere (-o /dev/null) or an -o file. Like curl, the file is opened
 * at the first byte, so a refused path fails the transfer at once instead of after the whole body arrived, and
 * nothing of the body is kept in memory here.
 */
final class OutputSink {

    private static final String DEV_NULL = "/dev/null";

    private final GuardedOutput io;
    private final CurlFiles files;
    /** null: stdout. */
    private final String path;
    private final boolean showWarnings;
    private OutputStream file;

    OutputSink(String outputFile, CurlFiles files, GuardedOutput io, boolean showWarnings) {
        this.path = outputFile;
        this.files = files;
        this.io = io;
        this.showWarnings = showWarnings;
    }

    /** True when the bytes go to the terminal (curl bolds -i header names only there). */
    boolean toStdout() { return path == null; }

    void write(byte[] bytes, int length) throws CurlFailure {
        if (path == null) {
            io.body(bytes, length);
            return;
        }
        if (path.equals(DEV_NULL)) return;
        try {
            opened().write(bytes, 0, length);
        } catch (IOException e) {
            throw writeFailure();
        }
    }

    /** End of a successful transfer: an empty body still leaves an (empty) file behind. */
    void finish() throws CurlFailure {
        if (path == null || path.equals(DEV_NULL)) return;
        try {
            opened().close();
        } catch (IOException e) {
            throw writeFailure();
        }
    }

    private OutputStream opened() throws CurlFailure {
        if (file != null) return file;
        Optional<OutputStream> stream = files.open(path);
        if (stream.isEmpty()) {
            if (showWarnings) io.error(ToolWarning.text("Failed to open the file " + path + ": " + files.whyNotWritable(path)));
            throw writeFailure();
        }
        file = stream.get();
        return file;
    }

    private static CurlFailure writeFailure() {
        return new CurlFailure(23, "Failure writing output to destination", false);
    }
}
