package io.fpsh.sim.expert;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A command substitution's output, kept up to a bound (the rest is dropped) so the host's memory stays safe. */
final class CapturedOutput extends OutputStream {

    private static final int MAX_BYTES = 8 << 20;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        if (bytes.size() < MAX_BYTES) {
            bytes.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) {
        bytes.write(data, offset, Math.min(length, MAX_BYTES - bytes.size()));
    }

    /** The text as bash substitutes it: all trailing newlines removed. */
    synchronized String textWithoutTrailingNewlines() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
