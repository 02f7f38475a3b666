package io.fpsh.shell.serve;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of serve's containment that run on a clock: penalties per address, the commands' pace, the limits read. */
class ServeLimitsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private static InetAddress address(String text) throws Exception {
        return InetAddress.getByName(text); // literals: no lookup
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresForATimeThatDoublesUpToTheMaximum() throws Exception {
        SourcePenalties penalties = new SourcePenalties(3, Duration.ofSeconds(15), Duration.ofSeconds(40), now::get);
        InetAddress guesser = address("127.0.0.9");
        InetAddress student = address("127.0.0.10");
        penalties.failed(guesser);
        penalties.failed(guesser);
        assertFalse(penalties.refuses(guesser), "two failures are no penalty yet");
        penalties.failed(guesser);
        assertTrue(penalties.refuses(guesser));
        assertFalse(penalties.refuses(student), "another address is never affected");
        advance(Duration.ofSeconds(15));
        assertFalse(penalties.refuses(guesser), "the first refusal lasts 15 s");
        for (int i = 0; i < 3; i++) {
            penalties.failed(guesser);
        }
        advance(Duration.ofSeconds(29));
        assertTrue(penalties.refuses(guesser), "the second lasts twice as long");
        advance(Duration.ofSeconds(1));
        assertFalse(penalties.refuses(guesser));
        for (int i = 0; i < 3; i++) {
            penalties.failed(guesser);
        }
        advance(Duration.ofSeconds(40));
        assertFalse(penalties.refuses(guesser), "capped at the maximum, 40 s here");
    }

    @Test
    void aGoodLoginClearsTheAddresssRecord() throws Exception {
        SourcePenalties penalties = new SourcePenalties(2, Duration.ofSeconds(15), Duration.ofSeconds(600), now::get);
        InetAddress student = address("127.0.0.11");
        penalties.failed(student);
        penalties.succeeded(student);
        penalties.failed(student);
        assertFalse(penalties.refuses(student), "the failure before the good login no longer counts");
    }

    @Test
    void commandsRunAtOnceForTheBurstThenAtTheRate() {
        CommandRate rate = new CommandRate(10, 3, now::get);
        assertEquals(0, rate.take());
        assertEquals(0, rate.take());
        assertEquals(0, rate.take());
        assertEquals(Duration.ofMillis(100).toNanos(), rate.take(), "the fourth waits a tenth of a second");
        assertEquals(Duration.ofMillis(200).toNanos(), rate.take(), "the fifth waits behind it");
        advance(Duration.ofSeconds(10));
        assertEquals(0, rate.take(), "an idle session gets its burst back");
    }

    @Test
    void limitsAreChangedByNameAndABadOneIsOneLine() throws Exception {
        ServeLimits limits = ServeLimits.DEFAULTS.with("login-delay=500ms").with("max-auth-tries=3").with("penalty=2m");
        assertEquals(Duration.ofMillis(500), limits.loginDelay());
        assertEquals(3, limits.maxAuthTries());
        assertEquals(Duration.ofMinutes(2), limits.penalty());
        assertEquals(ServeLimits.DEFAULTS.outputBytes(), limits.outputBytes());
        ServeException unknown = assertThrows(ServeException.class, () -> limits.with("speed=3"));
        assertTrue(unknown.getMessage().startsWith("--limit speed=3: expected NAME=VALUE, NAME one of login-delay,"),
                unknown.getMessage());
        ServeException zero = assertThrows(ServeException.class, () -> limits.with("history=0"));
        assertEquals("--limit history=0: give a number of 1 or more", zero.getMessage());
        ServeException duration = assertThrows(ServeException.class, () -> limits.with("penalty=soon"));
        assertEquals("--limit penalty=soon: give a duration such as 500ms, 2s or 10m", duration.getMessage());
    }
}
