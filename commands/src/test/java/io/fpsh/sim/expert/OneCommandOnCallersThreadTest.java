package io.fpsh.sim.expert;

import io.fpsh.drive.CapturingIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pipeline of one command on a session's deep-stack thread (a served session's, a driver's) runs on that thread:
 * no thread started per command, the same output, status, variables, deep regex and Ctrl-C as on a stage's thread,
 * and no interrupt left behind for the session's next read.
 */
class OneCommandOnCallersThreadTest {

    @Test
    @Timeout(20)
    void oneCommandLinesStartNoThread() throws Exception {
        ShellRun sh = new ShellRun();
        long[] started = new long[2];
        String[] last = new String[1];
        onDeepThread(() -> {
            started[0] = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
            for (int i = 0; i < 40; i++) {
                sh.run("echo line" + i);
            }
            started[1] = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
            last[0] = sh.out();
        });
        assertEquals("line39\n", last[0]);
        // one thread per line before; a few allowed for the JVM's own (a compiler thread may start meanwhile)
        assertTrue(started[1] - started[0] < 10, (started[1] - started[0]) + " threads started for 40 lines");
    }

    @Test
    @Timeout(20)
    void theSameAnswersAsOnAStagesThread() throws Exception {
        String longLine = "x".repeat(100 * 1024);
        String[] seen = new String[6];
        int[] statuses = new int[3];
        ShellRun sh = new ShellRun();
        sh.context.fs.putText("/tmp/long", longLine + "\nshort\n" + longLine + "y\n");
        onDeepThread(() -> {
            seen[0] = sh.run("grep -E '(x|z)+y' /tmp/long").out();      // java.util.regex's recursion: the deep stack
            sh.run("A=5");
            seen[1] = sh.run("echo $A").out();                             // an assignment stays in the session
            sh.run("ls /nope");
            statuses[0] = sh.status;
            seen[2] = sh.err();
            seen[3] = sh.run("echo $?").out();
            seen[4] = sh.run("cat /tmp/long | grep -c x").out();            // two stages: threads as before
            statuses[1] = sh.run("nosuchcommand").status;
            seen[5] = sh.err();
        });
        assertEquals(100 * 1024 + 2, seen[0].length());
        assertEquals("5\n", seen[1]);
        assertEquals(2, statuses[0]);
        assertEquals("ls: cannot access '/nope': No such file or directory\n", seen[2]);
        assertEquals("2\n", seen[3]);
        assertEquals("2\n", seen[4]);
        assertEquals(127, statuses[1]);
        assertEquals("-bash: nosuchcommand: command not found\n", seen[5]);
    }

    @Test
    @Timeout(10)
    void ctrlCStopsTheCommandAndLeavesTheThreadUninterrupted() throws Exception {
        TestExpertContext context = new TestExpertContext();
        ExpertShell shell = new ExpertShell();
        CapturingIo io = CapturingIo.answering();
        CompletableFuture<Integer> status = new CompletableFuture<>();
        CompletableFuture<Boolean> interruptedAfter = new CompletableFuture<>();
        CompletableFuture<String> next = new CompletableFuture<>();
        Thread session = DeepStackThreads.create(() -> {
            status.complete(shell.run("tail -n 1 -f " + TestExpertContext.CONNECTOR_LOG, io, context));
            interruptedAfter.complete(Thread.currentThread().isInterrupted());
            CapturingIo after = CapturingIo.answering();
            shell.run("echo $?", after, context);
            next.complete(after.stdout());
        }, "test-session");
        session.start();
        waitFor(() -> io.stdout().contains("starting"));

        long cancelledAt = System.nanoTime();
        shell.cancel();
        int code = status.get(2, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - cancelledAt) / 1_000_000;

        assertEquals(130, code);
        assertTrue(tookMillis < 1000, "cancel took " + tookMillis + " ms");
        assertFalse(interruptedAfter.get(1, TimeUnit.SECONDS), "the session's thread was left interrupted");
        assertEquals("130\n", next.get(2, TimeUnit.SECONDS));
    }

    private static void onDeepThread(Runnable body) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        DeepStackThreads.create(() -> {
            try {
                body.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "test-session").start();
        done.get(15, TimeUnit.SECONDS);
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.get() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(condition.get(), "condition not met in time");
    }
}
