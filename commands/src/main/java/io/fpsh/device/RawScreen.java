package io.fpsh.device;

import java.time.Duration;

/**
 * The session's terminal taken raw for a full-screen program (less, vi): keys one at a time, unechoed, Ctrl-C among
 * them; what is written goes to the screen as it is. Closing it gives the terminal back to the line editor as it was,
 * so it is opened in a try-with-resources: an exception or a lost session closes it too.
 */
public interface RawScreen extends AutoCloseable {

    /** The terminal's size now (it follows a resized window). */
    ScreenSize size();

    /** The next key, or a {@link ScreenKey.Kind#TIMEOUT} key when none came within {@code timeout}. */
    ScreenKey readKey(Duration timeout) throws InterruptedException;

    /** Writes to the screen and flushes: escape sequences pass as they are. */
    void write(String text);

    @Override
    void close();
}
