package io.fpsh.shell.serve;

import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 12 §7's time cap per command, over real SSH (the OpenSSH client): a command that would run for ever (ping
 * without -c, tail -f) ends at the server's {@code command-time} with one line, and the session goes on with the next
 * command. The cap is one second here, so the class takes a few.
 */
@Sshd
class ServeCommandTimeTest {
    private static final String STOPPED = "fpsh: command stopped after 1s: the time limit per command of this server";

    @TempDir
    static Path folder;
    private static ServedLab served;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"), "needs openssh-client and sshpass");
        served = ServedLab.start("lab:ftd01-healthy", folder, ServeLimits.DEFAULTS.with("command-time=1s"));
        ssh = new OpenSsh(served.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void commandsThatRunForEverEndAtTheCapAndTheSessionGoesOn() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword(ServedLab.USER, ServedLab.PASSWORD,
                "expert; ping 192.0.2.11; tail -f /ngfw/var/log/messages; echo after");
        assertEquals(0, result.status(), result.toString());
        assertEquals(2, result.stderr().split(STOPPED, -1).length - 1, "one line for each: " + result.stderr());
        assertTrue(result.stdout().contains("PING 192.0.2.11"), "ping ran until the cap: " + result.stdout());
        assertTrue(result.stdout().endsWith("after\n"), "the session went on: " + result.stdout());
    }

    @Test
    void aQuickCommandIsNotTouched() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword(ServedLab.USER, ServedLab.PASSWORD, "show version");
        assertEquals(0, result.status(), result.toString());
        assertFalse(result.stderr().contains("command stopped"), result.stderr());
        assertTrue(result.stdout().contains("Model"), result.stdout());
    }

    @Test
    void theCapWaitsWhileTheStudentHasTheCommandThenStopsIt() throws Exception {
        AtomicBoolean studentHasIt = new AtomicBoolean(true);
        AtomicInteger asked = new AtomicInteger();
        CountDownLatch stopped = new CountDownLatch(1);
        CommandTimeCap cap = new CommandTimeCap(Duration.ofMillis(20), () -> {
            asked.incrementAndGet();
            return studentHasIt.get();
        }, stopped::countDown);
        cap.startCommand();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (asked.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(asked.get() >= 3, "the cap came back to ask");
        assertEquals(1, stopped.getCount(), "not stopped while the student has it (a vi, a password prompt)");
        studentHasIt.set(false);
        assertTrue(stopped.await(30, TimeUnit.SECONDS), "stopped once handed back");
        assertTrue(cap.endCommand(), "the end says it was the cap");
        cap.startCommand();
        assertFalse(cap.endCommand(), "a command that ends in time was not stopped");
    }

    @Test
    void theCapIsALimitByNameAndZeroIsRefused() throws Exception {
        assertEquals(Duration.ofMinutes(10), ServeLimits.DEFAULTS.commandTime());
        assertEquals("10m", ServeLimits.DEFAULTS.byName().get("command-time"));
        assertEquals(Duration.ofMillis(1500), ServeLimits.DEFAULTS.with("command-time=1500ms").commandTime());
        ServeException zero = org.junit.jupiter.api.Assertions.assertThrows(ServeException.class,
                () -> ServeLimits.DEFAULTS.with("command-time=0s"));
        assertEquals("--limit command-time=0s: give a duration of 1ms or more", zero.getMessage());
    }
}
