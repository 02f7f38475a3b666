package io.fpsh.shell.serve;

import io.fpsh.shell.record.AsciicastRecorder;
import io.fpsh.shell.record.RecordedOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A served session's output, to the client unchanged and to its recording. The line editor already ends a line
 * with {@code \r\n} where the device's output has {@code \n}; the recorder makes every {@code \n} a {@code \r\n},
 * so a {@code \r} right before a {@code \n} is left out of the recording (one CR per line, as the client got it).
 */
final class RecordingTee extends OutputStream {
    private final OutputStream screen;
    private final OutputStream recording;
    private boolean carriageReturnHeld;

    RecordingTee(OutputStream screen, AsciicastRecorder recorder) {
        this.screen = screen;
        this.recording = new RecordedOutputStream(OutputStream.nullOutputStream(), recorder, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        screen.write(bytes, offset, length);
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (carriageReturnHeld && b != '\n') {
                recording.write('\r');
            }
            carriageReturnHeld = b == '\r';
            if (!carriageReturnHeld) {
                recording.write(b);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        screen.flush();
        if (carriageReturnHeld) { // a line redrawn from its start: no \n follows
            recording.write('\r');
            carriageReturnHeld = false;
        }
        recording.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        screen.close();
    }
}
