package io.fpsh.shell;

import io.fpsh.shell.record.AsciicastRecorder;
import io.fpsh.shell.record.RecordedOutputStream;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code --record FILE}: the file is opened before the target, so a bad path fails at once with exit status 2. */
final class ScreenRecording {
    private final String file;
    private final AsciicastRecorder recorder;

    private ScreenRecording(String file, AsciicastRecorder recorder) {
        this.file = file;
        this.recorder = recorder;
    }

    static ScreenRecording open(String file, String targetSpec) throws FpshException {
        try {
            return new ScreenRecording(file, AsciicastRecorder.create(Path.of(file), "fpsh " + targetSpec));
        } catch (IOException | InvalidPathException e) {
            throw FpshException.usage("cannot record to " + file + ": " + reason(e));
        }
    }

    AsciicastRecorder recorder() {
        return recorder;
    }

    /** {@code screen} as before, with what is printed on it recorded when it is flushed. */
    PrintStream recorded(PrintStream screen) {
        Charset charset = Charset.defaultCharset();
        return new PrintStream(new RecordedOutputStream(screen, recorder, charset), true, charset);
    }

    /**
     * Closes the file; a recording that broke during the session is reported now, on one line.
     *
     * @return false when the recording is incomplete
     */
    boolean close(PrintStream err) {
        try {
            recorder.close();
        } catch (IOException e) {
            err.println("fpsh: the recording " + file + " may be incomplete: " + reason(e));
            return false;
        }
        if (recorder.failure() != null) {
            err.println("fpsh: the recording " + file + " stopped early: " + reason(recorder.failure()));
            return false;
        }
        return true;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return Main.describe(e);
    }
}
