package io.fpsh.sim.faults;

import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.ScriptedIo;
import io.fpsh.sim.run.SimulatedFtd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shipped fault lab opened with short resolver timings, driven as a user at the terminal would. */
final class FaultLab implements AutoCloseable {
    static final String CAN_CONNECT = "curl -s --connect-timeout 1 -m 2 -L --max-redirs 5 --max-filesize 104857600 "
            + "--capath /ngfw/etc/sf/keys/fireamp/thawte_roots -f ";
    static final String ACTION_QUEUE = "/ngfw/var/log/action_queue.log";
    static final String CONNECTOR_LOG = "/ngfw/var/log/connector/connector.log";

    private final SimulatedFtd ftd;
    private final LabClock clock;

    private FaultLab(LabFile lab) {
        this.clock = new LabClock(lab.clock().start(), false);
        this.ftd = new SimulatedFtd(lab, clock);
    }

    static FaultLab open(Path dir, String name) {
        return open(dir, name, UnaryOperator.identity());
    }

    /** The fast variant of a shipped lab, with {@code edit} applied to its text (a test's own timings). */
    static FaultLab open(Path dir, String name, UnaryOperator<String> edit) {
        try {
            Path fast = FastLab.write(dir, name);
            Files.writeString(fast, edit.apply(Files.readString(fast)));
            return new FaultLab(LabDevices.read(fast.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    CapturingIo run(String line, int expectedStatus, String... answers) {
        return ScriptedIo.run(ftd, line, expectedStatus, answers);
    }

    /** The device, for what a test does outside it (a lab's stand-ins, its lesson, a reset). */
    SimulatedFtd device() {
        return ftd;
    }

    /** Lets {@code duration} of lab time pass at once: the daemons' next runs happen, no test sleeps for them. */
    void advance(Duration duration) {
        clock.advance(duration);
    }

    String out(String line) {
        return run(line, 0).stdout();
    }

    FaultLab asRoot() {
        run("expert", 0);
        run("sudo su -", 0, "Admin123");
        assertEquals("root@ftd01:~# ", ftd.prompt());
        return this;
    }

    /** Asserts that {@code text} holds every one of {@code lines}. */
    static void assertHas(String text, String... lines) {
        for (String line : lines) {
            assertTrue(text.contains(line), () -> "missing '" + line + "' in\n" + text);
        }
    }

    static void assertHasNot(String text, String line) {
        assertTrue(!text.contains(line), () -> "unexpected '" + line + "' in\n" + text);
    }

    @Override
    public void close() {
        ftd.close();
    }
}
