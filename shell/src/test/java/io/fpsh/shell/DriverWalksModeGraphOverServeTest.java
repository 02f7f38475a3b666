package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every transition of {@link ModeGraph} walked by {@link DeviceDriver} over SSH ({@link SshFtd}) against
 * {@code fpsh serve}: the simulator's mode changes, read back through the SSH driver's prompt recognition, are the
 * graph's. The lab is an appliance's, so FXOS's modes are walked too (its firepower# looks like LINA's: the driver
 * tells them apart by the way it came). Each walk starts from a fresh login (LINA keeps its level across a detach, so the order of walks would
 * otherwise matter) and comes back to the clish.
 */
class DriverWalksModeGraphOverServeTest {
    private static final String PASSWORD = "Admin123";
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        server = FtdSshServer.start(new ServeSettings("lab:fpr2110-healthy", "127.0.0.1", 0, null, false, folder.resolve("home")));
        knownHosts = folder.resolve("known_hosts");
        SshFtd.connect(options().withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE)).close();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static SshOptions options() {
        return SshOptions.of("127.0.0.1", server.port(), "admin", prompt -> PASSWORD.toCharArray(), knownHosts);
    }

    /** The lab's accounts: sudo asks for admin's password, LINA's enable for its empty one. */
    private static Credentials labAccounts(List<String> asked) {
        return (user, question) -> {
            asked.add(user + ": " + question);
            return Optional.of(user.equals("enable") ? "" : PASSWORD);
        };
    }

    @Test
    @Timeout(120)
    void everyTransitionReachesItsModeAndTheDriverComesBackToTheClish() throws Exception {
        List<String> walked = new ArrayList<>();
        for (ModeGraph.Transition move : ModeGraph.transitions()) {
            String name = move.from() + " --" + move.input().replace(ModeGraph.DETACH, "Ctrl-A d") + "--> " + move.to();
            List<String> asked = new ArrayList<>();
            try (SshFtd ftd = SshFtd.connect(options()); DeviceDriver driver = new DeviceDriver(ftd, labAccounts(asked))) {
                CommandResult result = driver.run(move.from(), move.input(), DEADLINE);
                assertEquals(CommandResult.Outcome.COMPLETED, result.outcome(), name + ": " + result);
                assertEquals(move.from(), result.mode(), name);
                assertEquals(move.to(), driver.device().mode(), name + ", prompt '" + driver.device().prompt() + "'");
                assertTrue(ModeGraph.prompt(move.to()).pattern().matcher(driver.device().prompt()).find(), name);
                assertFalse(result.output().contains(PASSWORD), name + " echoed the password: " + result.output());

                CommandResult back = driver.run(Mode.CLISH, "show version", DEADLINE);
                assertEquals(CommandResult.Outcome.COMPLETED, back.outcome(), name + ", back: " + back);
                assertEquals(Mode.CLISH, driver.device().mode(), name + ", back");
                assertEquals(0, back.exitStatus(), name + ", back: " + back.output());
            }
            walked.add(name);
        }
        assertEquals(ModeGraph.transitions().size(), walked.size());
        System.out.println("DeviceDriver over SSH against fpsh serve walked: " + String.join("; ", walked));
    }
}
