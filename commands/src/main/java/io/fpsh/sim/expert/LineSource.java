package io.fpsh.sim.expert;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Lines one at a time, from a stream as it arrives (so {@code tail -f | grep} streams) or from a file's content.
 * Lines are byte-per-char text without their newline.
 */
abstract class LineSource {

    /** The next line, or null at the end. */
    abstract String next();

    /** Whether the line last returned ended with a newline (only the very last one may not). */
    abstract boolean lastHadNewline();

    static LineSource of(String content) {
        List<String> lines = Text.lines(content);
        boolean finalNewline = Text.endsWithNewline(content);
        return new LineSource() {
            private int index;

            @Override
            String next() {
                return index < lines.size() ? lines.get(index++) : null;
            }

            @Override
            boolean lastHadNewline() {
                return index < lines.size() || finalNewline;
            }
        };
    }

    static LineSource of(InputStream in) {
        return new LineSource() {
            private final byte[] buffer = new byte[8192];
            private int pos;
            private int limit;
            private boolean newline = true;
            private boolean ended;

            @Override
            String next() {
                StringBuilder line = new StringBuilder();
                while (true) {
                    if (pos == limit && !fill()) {
                        newline = false;
                        return line.length() == 0 ? null : line.toString();
                    }
                    int start = pos;
                    while (pos < limit && buffer[pos] != '\n') {
                        pos++;
                    }
                    for (int i = start; i < pos; i++) {
                        line.append((char) (buffer[i] & 0xff));
                    }
                    if (pos < limit) {
                        pos++;
                        newline = true;
                        return line.toString();
                    }
                }
            }

            private boolean fill() {
                if (ended) {
                    return false;
                }
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        ended = true;
                        return false;
                    }
                    pos = 0;
                    limit = n;
                    return true;
                } catch (IOException e) {
                    ended = true; // a closed pipe (Ctrl-C) ends the input
                    return false;
                }
            }

            @Override
            boolean lastHadNewline() {
                return newline;
            }
        };
    }
}
