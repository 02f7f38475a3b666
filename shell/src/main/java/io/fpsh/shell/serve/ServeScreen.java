package io.fpsh.shell.serve;

import io.fpsh.device.RawScreen;
import io.fpsh.device.ScreenKey;
import io.fpsh.device.ScreenSize;
import io.fpsh.shell.ScreenKeys;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingInputStream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The client's pty taken for less and vi in {@code fpsh serve}: keys straight from the type-ahead (the server
 * echoes nothing meanwhile, and Ctrl-C is a key, not the command's cancel), the window size the client last
 * reported (pty-req, then window-change), output as it is.
 */
final class ServeScreen implements RawScreen {
    private final PrintStream screen;
    private final Supplier<ScreenSize> size;
    private final Runnable onClose;
    private final ScreenKeys keys;

    ServeScreen(TypeAhead input, PrintStream screen, Supplier<ScreenSize> size, Runnable onClose) {
        this.screen = screen;
        this.size = size;
        this.onClose = onClose;
        this.keys = new ScreenKeys(NonBlocking.nonBlocking("fpsh-serve-keys", new TypeAheadStream(input),
                StandardCharsets.UTF_8), null);
    }

    @Override
    public ScreenSize size() {
        return size.get();
    }

    @Override
    public ScreenKey readKey(Duration timeout) throws InterruptedException {
        ScreenKey key = keys.read(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException(); // the channel was closed under the program
        }
        return key;
    }

    @Override
    public void write(String text) {
        screen.print(text);
        screen.flush();
    }

    @Override
    public void close() {
        screen.flush();
        onClose.run();
    }

    /** The type-ahead as JLine's non-blocking stream, for its key reader. */
    private static final class TypeAheadStream extends NonBlockingInputStream {
        private final TypeAhead input;

        TypeAheadStream(TypeAhead input) {
            this.input = input;
        }

        @Override
        public int read(long timeout, boolean isPeek) throws IOException {
            try {
                return input.take(Math.max(0, timeout), isPeek);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the channel closed");
            }
        }
    }
}
