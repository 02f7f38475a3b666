package io.fpsh.shell.record;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a session as an asciicast v2 file (what {@code asciinema play} reads): a JSON header line, then one line
 * {@code [seconds, "o", "text"]} per piece of screen output. Each line goes to the file in one unbuffered write, so
 * a process killed mid-session leaves a valid file up to its last event.
 *
 * <p>Output is recorded as the terminal receives it from the tty: each {@code "\n"} becomes {@code "\r\n"}, as the
 * tty's output processing (ONLCR, on by default) makes it; without that, players, which put the terminal in raw
 * mode, would draw stairs.
 * Front ends pass only what was shown: a secret typed at a prompt that does not echo never reaches the recorder.
 * If the file fails mid-session the recording stops and the session goes on; {@link #failure()} tells why.
 */
public final class AsciicastRecorder implements Closeable {
    private final OutputStream file;
    private final String title;
    private final long startNanos = System.nanoTime();
    private final long startEpochSeconds = System.currentTimeMillis() / 1000;
    private int width = 80;
    private int height = 24;
    private boolean headerWritten;
    private IOException failure;

    private AsciicastRecorder(OutputStream file, String title) {
        this.file = file;
        this.title = title;
    }

    /** Creates (or empties) {@code path}; the clock of the recording starts now. */
    public static AsciicastRecorder create(Path path, String title) throws IOException {
        OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        return new AsciicastRecorder(file, title);
    }

    /** The terminal size for the header; only before the first event (the header is written with it). */
    public synchronized void size(int columns, int rows) {
        if (!headerWritten && columns > 0 && rows > 0) {
            width = columns;
            height = rows;
        }
    }

    /** Records text shown on the screen. */
    public synchronized void output(String text) {
        if (text.isEmpty()) {
            return;
        }
        event("o", text.replace("\n", "\r\n"));
    }

    /** Records typed input; the caller must never pass what was typed at a secret prompt. */
    public synchronized void input(String text) {
        if (!text.isEmpty()) {
            event("i", text);
        }
    }

    /** Why the recording stopped early, or null while it works. */
    public synchronized IOException failure() {
        return failure;
    }

    private void event(String code, String text) {
        writeHeaderOnce();
        long micros = (System.nanoTime() - startNanos) / 1000;
        String seconds = micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
        writeLine("[" + seconds + ", " + JsonText.quoted(code) + ", " + JsonText.quoted(text) + "]");
    }

    private void writeHeaderOnce() {
        if (headerWritten) {
            return;
        }
        headerWritten = true;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SHELL", environment("SHELL", "/bin/sh"));
        env.put("TERM", environment("TERM", "xterm-256color"));
        StringBuilder envJson = new StringBuilder("{");
        env.forEach((name, value) -> envJson.append(envJson.length() > 1 ? ", " : "")
                .append(JsonText.quoted(name)).append(": ").append(JsonText.quoted(value)));
        writeLine("{\"version\": 2, \"width\": " + width + ", \"height\": " + height
                + ", \"timestamp\": " + startEpochSeconds + ", \"env\": " + envJson.append('}')
                + ", \"title\": " + JsonText.quoted(title) + "}");
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private void writeLine(String json) {
        if (failure != null) {
            return;
        }
        try {
            file.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            file.flush();
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Writes the header if nothing was shown yet (an empty session is still a valid file), then closes. */
    @Override
    public synchronized void close() throws IOException {
        writeHeaderOnce();
        file.close();
    }
}
