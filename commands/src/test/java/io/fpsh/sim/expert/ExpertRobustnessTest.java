package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.drive.CapturingIo;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ExpertRobustnessTest {

    private final ShellRun sh = new ShellRun();

    @Test
    void aFailingPluggedCommandPrintsNoStackTrace() {
        sh.context.external.put("curl", call -> {
            throw new IllegalStateException("boom");
        });
        sh.run("curl -v -k https://api-sse.cisco.com");
        assertEquals(1, sh.status);
        assertEquals("-bash: curl: command failed\n", sh.err());
        assertEquals("", sh.out());
    }

    @Test
    @Timeout(10)
    void cancelReturnsPromptlyEvenIfACommandIgnoresIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        sh.context.external.put("stubborn", call -> {
            started.countDown();
            long end = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < end) {
                Thread.onSpinWait(); // neither polls the cancellation nor sleeps
            }
            return 0;
        });
        CapturingIo io = CapturingIo.answering();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> sh.shell.run("stubborn", io, sh.context));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        sh.shell.cancel();
        assertEquals(130, run.get(1, TimeUnit.SECONDS));
    }

    @Test
    void outputRedirectionForms() {
        sh.run("cat /nope &> /dev/null");
        assertEquals("", sh.err());
        sh.run("cat /nope > /dev/null 2>&1");
        assertEquals("", sh.err());
        sh.run("echo oops >&2");
        assertEquals("oops\n", sh.err());
        assertEquals("", sh.out());
        sh.run("echo x > $NOPE");
        assertEquals("-bash: $NOPE: ambiguous redirect\n", sh.err());
        sh.run("cat < /nope");
        assertEquals("-bash: /nope: No such file or directory\n", sh.err());
    }

    @Test
    void sudoCanAskThroughTheTerminal() {
        sh.context.external.put("sudo", call -> {
            String password = call.terminal().readPassword("Password:");
            call.err().println(password == null ? "sudo: no password was provided" : "ok");
            return password == null ? 1 : 0;
        });
        sh.run("sudo su -");
        assertEquals(1, sh.status);
        assertEquals("sudo: no password was provided\n", sh.err());
    }

    @Test
    void basicContextWiresTheShell() {
        MapFileSystem fs = new MapFileSystem().mkdirs("/home/admin").mkdirs("/root");
        BasicExpertContext context = new BasicExpertContext(fs, "ftd01",
                () -> ZonedDateTime.of(2020, 4, 8, 1, 27, 55, 0, ZoneId.of("UTC")));
        context.command("exit", call -> {
            call.out().println("logout");
            return 0;
        });
        ExpertShell shell = new ExpertShell();
        CapturingIo io = CapturingIo.answering();
        shell.run("whoami; pwd; cd /root; pwd; exit", io, context);
        assertEquals("admin\n/home/admin\n/root\nlogout\n", io.stdout());
        context.login("root", "/root");
        io = CapturingIo.answering();
        shell.run("echo $USER $HOME", io, context);
        assertEquals("root /root\n", io.stdout());
        assertEquals("~/x", SimPaths.display("/root/x", context.home()));
    }

    @Test
    void pathArithmetic() {
        assertEquals("/", SimPaths.resolve("/root", "/root", "../../.."));
        assertEquals("/ngfw/etc", SimPaths.resolve("/ngfw/etc/sf", "/root", ".."));
        assertEquals("/root/a", SimPaths.resolve("/tmp", "/root", "~/a"));
        assertEquals("/tmp/a/b", SimPaths.resolve("/tmp", "/root", "./a//b/"));
    }
}
