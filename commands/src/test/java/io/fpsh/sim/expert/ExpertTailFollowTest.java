package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.drive.CapturingIo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ExpertTailFollowTest {

    private static final String ERROR_LINE =
            "time=\"2020-04-13T14:38:18.244707779-05:00\" level=error msg=\"[ftd01][events.go:90 "
                    + "events:connectWebSocket] dial tcp 192.0.2.234:443: getsockopt: connection timed out\"\n";

    @Test
    @Timeout(10)
    void followsAppendedLinesThroughAPipeUntilCancelled() throws Exception {
        TestExpertContext context = new TestExpertContext();
        ExpertShell shell = new ExpertShell();
        CapturingIo io = CapturingIo.answering();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> shell.run("tail -f " + TestExpertContext.CONNECTOR_LOG + " | grep error", io, context));

        waitFor(() -> context.fs.exists(TestExpertContext.CONNECTOR_LOG));
        Thread.sleep(200);
        context.fs.append(TestExpertContext.CONNECTOR_LOG, "level=info msg=\"still trying\"\n");
        context.fs.append(TestExpertContext.CONNECTOR_LOG, ERROR_LINE);
        waitFor(() -> io.stdout().contains("connection timed out"));

        long cancelledAt = System.nanoTime();
        shell.cancel();
        int status = run.get(1, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - cancelledAt) / 1_000_000;

        assertEquals(130, status);
        assertTrue(tookMillis < 1000, "cancel took " + tookMillis + " ms");
        assertEquals(ERROR_LINE, io.stdout());
        assertEquals("130\n", runLine(shell, context, "echo $?"));
    }

    @Test
    @Timeout(10)
    void plainFollowPrintsTheLastLinesThenGrowth() throws Exception {
        TestExpertContext context = new TestExpertContext();
        ExpertShell shell = new ExpertShell();
        CapturingIo io = CapturingIo.answering();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> shell.run("tail -n 1 -f " + TestExpertContext.CONNECTOR_LOG, io, context));
        waitFor(() -> io.stdout().contains("starting"));
        context.fs.append(TestExpertContext.CONNECTOR_LOG, "next\n");
        waitFor(() -> io.stdout().endsWith("next\n"));
        shell.cancel();
        assertEquals(130, run.get(1, TimeUnit.SECONDS));
    }

    @Test
    @Timeout(10)
    void followingAMissingFileGivesUp() {
        ShellRun sh = new ShellRun().run("tail -f /nope");
        assertEquals(1, sh.status);
        assertEquals("tail: cannot open '/nope' for reading: No such file or directory\n"
                + "tail: no files remaining\n", sh.err());
    }

    @Test
    void cancelWhenIdleIsHarmless() {
        ShellRun sh = new ShellRun();
        sh.shell.cancel();
        assertEquals("ok\n", sh.run("echo ok").out());
    }

    private static String runLine(ExpertShell shell, TestExpertContext context, String line) {
        CapturingIo io = CapturingIo.answering();
        shell.run(line, io, context);
        return io.stdout();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(10);
        }
    }
}
