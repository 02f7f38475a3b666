package io.fpsh.shell.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * The screen's output stream with a recorder listening: bytes go to the screen unchanged, and on each flush (when
 * the screen shows them) their text becomes one event. Bytes that are not valid in the charset become U+FFFD in the
 * recording; a character cut between two flushes waits for its remaining bytes.
 */
public final class RecordedOutputStream extends OutputStream {
    /** Past this much unflushed output an event is written anyway, so a chatty writer cannot grow the buffer. */
    private static final int MAX_PENDING = 64 * 1024;

    private final OutputStream screen;
    private final AsciicastRecorder recorder;
    private final CharsetDecoder decoder;
    private ByteBuffer pending = ByteBuffer.allocate(8192);

    public RecordedOutputStream(OutputStream screen, AsciicastRecorder recorder, Charset charset) {
        this.screen = screen;
        this.recorder = recorder;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        screen.write(bytes, offset, length);
        if (pending.remaining() < length) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + length));
            pending.flip();
            larger.put(pending);
            pending = larger;
        }
        pending.put(bytes, offset, length);
        if (pending.position() > MAX_PENDING) {
            record();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        screen.flush();
        record();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        screen.close();
    }

    private void record() {
        pending.flip();
        CharBuffer text = CharBuffer.allocate((int) (pending.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        decoder.decode(pending, text, false); // endOfInput false: an incomplete last character stays in pending
        pending.compact();
        text.flip();
        recorder.output(text.toString());
    }
}
