package io.fpsh.sim.expert;

import io.fpsh.device.RawScreen;
import io.fpsh.device.ScreenKey;
import io.fpsh.device.ScreenSize;

import java.time.Duration;

/** The key loop the full-screen programs (less, vi) share: waits in short steps so a resize or a cancel is seen. */
final class ScreenKeys {
    private static final Duration KEY_WAIT = Duration.ofMillis(500);

    private ScreenKeys() {
    }

    /**
     * The next key; {@link ScreenKey.Kind#IGNORED} when the screen's size changed while waiting (the caller redraws);
     * null when the session ended (Ctrl-C from outside, the client gone).
     */
    static ScreenKey next(RawScreen screen, Cancellation cancellation) throws InterruptedException {
        ScreenSize drawn = screen.size();
        while (true) {
            ScreenKey key = screen.readKey(KEY_WAIT);
            if (cancellation.isCancelled() || key.kind() == ScreenKey.Kind.END_OF_INPUT) {
                return null;
            }
            if (key.kind() != ScreenKey.Kind.TIMEOUT) {
                return key;
            }
            if (!screen.size().equals(drawn)) {
                return ScreenKey.of(ScreenKey.Kind.IGNORED);
            }
        }
    }
}
