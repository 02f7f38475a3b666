package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.shell.serve.ServedLab;
import io.fpsh.ssh.SshFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DeviceDriver} hands a call's deadline to an SSH session ({@code CommandDeadline}) when it ends sooner than
 * the session's own, so the session sends its Ctrl-C and resynchronises itself at the call's deadline; afterwards the
 * session has its own deadline again. Against {@code fpsh serve} on ftd01-dns, whose DNS server never answers.
 */
class DriverDeadlineOverServeTest {
    @TempDir
    static Path folder;
    private static ServedLab server;

    @BeforeAll
    static void start() throws Exception {
        server = ServedLab.start("lab:ftd01-dns", folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSessionGetsTheCallsDeadlineWhenItEndsSoonerAndKeepsItsOwn() throws Exception {
        try (SshFtd ftd = server.connect();
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            Duration own = ftd.commandDeadline();
            assertTrue(own.compareTo(Duration.ofSeconds(15)) > 0, "longer than nslookup's own give-up: " + own);
            assertEquals(CommandResult.Outcome.COMPLETED, driver.moveTo(Mode.EXPERT, Duration.ofSeconds(10)).outcome());

            CommandResult lookup = driver.run(Mode.EXPERT, "nslookup api-sse.cisco.com", Duration.ofMillis(1500));
            String said = lookup.output() + "\n" + lookup.error();
            assertEquals(CommandResult.Outcome.TIMEOUT, lookup.outcome(), said);
            // the session waits what is left of the call's 1.5 s when the line goes out (1.4 s on a busy machine),
            // not its own deadline; then its Ctrl-C brings the prompt back and the session stays usable
            java.util.regex.Matcher waited = java.util.regex.Pattern.compile(
                    "no prompt from 127\\.0\\.0\\.1 after (1\\.[0-5]|0\\.[0-9]) s \\(interrupted it with Ctrl-C\\)").matcher(said);
            assertTrue(waited.find(), said);
            assertEquals(own, ftd.commandDeadline(), "the session's own deadline is back");

            CommandResult next = driver.run(Mode.EXPERT, "echo back", Duration.ofSeconds(10));
            assertEquals(CommandResult.Outcome.COMPLETED, next.outcome(), next::toString);
            assertEquals("back\n", next.stdout());
        }
    }
}
