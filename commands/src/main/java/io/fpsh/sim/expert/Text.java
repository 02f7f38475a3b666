package io.fpsh.sim.expert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * File and stream contents as text. Contents are decoded as ISO-8859-1 so that every byte survives a round trip
 * (the tools work on bytes, not characters); text the shell makes itself is written as UTF-8.
 */
final class Text {

    private Text() {}

    /** Bytes as one char each. */
    static String bytes(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }

    /** A command-line string (UTF-16) in the byte-per-char form contents use, so that patterns match contents. */
    static String asBytes(String commandLineText) {
        return new String(commandLineText.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Writes byte-per-char text back as the bytes it came from. */
    static void writeRaw(PrintStream out, String byteText) {
        byte[] data = byteText.getBytes(StandardCharsets.ISO_8859_1);
        out.write(data, 0, data.length);
    }

    /** All of a stream, stopping quietly when it breaks (e.g. the pipe closed by Ctrl-C). */
    static byte[] readAll(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = in.read(chunk)) >= 0; ) {
                all.write(chunk, 0, n);
            }
        } catch (IOException e) {
            // what was read so far is all there is
        }
        return all.toByteArray();
    }

    /** Lines without their newlines; a last line without a newline is kept (see {@link #endsWithNewline}). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, newline));
            start = newline + 1;
        }
        return lines;
    }

    static boolean endsWithNewline(String text) {
        return text.isEmpty() || text.endsWith("\n");
    }

    /** True when the bytes look binary to grep (a NUL byte). */
    static boolean isBinary(String text) {
        return text.indexOf('\0') >= 0;
    }
}
