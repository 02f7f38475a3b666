package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.ProbeStatus;
import io.fpsh.probe.ShowNetworkProbe;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A device of another version than the labs' behind a real OpenSSH sshd on 127.0.0.1: the scripted FTD 7.4 of
 * {@code scripted-ftd-7.4/} (the facts file's verbatim 7.4.2 {@code show network}) whose {@code expert} is a real
 * interactive bash 5.2 with bracketed paste on. What a real terminal adds (control sequences, carriage returns, the
 * echo) never reaches the captured text, the command line's output or a parser.
 */
@Sshd
class ScriptedFtd74OverOpenSshTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private static Path folder;
    private static OpenSshServer sshd;
    private static Path knownHosts;
    private static String sample;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "sshd needs root to log a user in");
        assumeTrue(OpenSshServer.installed(), "no /usr/sbin/sshd and openssh-server could not be installed");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the expert shell is the host's bash");
        folder = Files.createTempDirectory("fpsh-ftd74");
        for (String name : List.of("clish.sh", "show-network.txt", "show-managers.txt")) {
            try (InputStream in = ScriptedFtd74OverOpenSshTest.class.getResourceAsStream("scripted-ftd-7.4/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        sample = Files.readString(folder.resolve("show-network.txt"));
        sshd = OpenSshServer.start(folder, folder.resolve("clish.sh"));
        knownHosts = folder.resolve("known_hosts");
        SshFtd.connect(options().withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE)).close();
    }

    @AfterAll
    static void stop() throws IOException {
        if (sshd != null) {
            sshd.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static SshOptions options() {
        return SshOptions.of("127.0.0.1", sshd.port(), System.getProperty("user.name"), prompt -> null, knownHosts)
                .withKeyFiles(List.of(sshd.clientKey()));
    }

    @Test
    @Timeout(60)
    void connectWithCommandsPrintsTheExpertShellsOutputWithoutCarriageReturns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"connect", "-i", sshd.clientKey().toString(), "--known-hosts",
                        knownHosts.toString(), "-c", "expert; echo hi; printf 'one\\ttwo\\nthree\\n'; true",
                        "127.0.0.1:" + sshd.port()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertFalse(printed.contains("\r"), "a carriage return reached the output: " + printed.replace("\r", "<CR>"));
        assertFalse(printed.contains("\u001b"), "a control sequence reached the output: " + printed);
        assertEquals("hi\none\ttwo\nthree\n", printed.substring(printed.indexOf("*\n", printed.lastIndexOf("NOTICE")) + 2));
    }

    @Test
    @Timeout(60)
    void theDriverRunsShowNetworkInTheClishAndCommandsInARealBashAndComesBack() throws Exception {
        try (SshFtd ftd = SshFtd.connect(options()); DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            CommandResult network = driver.run(Mode.CLISH, "show network", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, network.outcome(), network.toString());
            assertEquals(sample, network.output(), "the verbatim sample, padded lines and all, and nothing else");

            CommandResult printed = driver.run(Mode.EXPERT, "printf 'one\\ttwo\\n'; echo $((6*7))", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, printed.outcome(), printed.toString());
            assertEquals(Mode.EXPERT, driver.device().mode());
            assertEquals("admin@firepower:~$ ", driver.device().prompt());
            assertEquals("one\ttwo\n42\n", printed.output());
            assertEquals(0, printed.exitStatus());

            CommandResult failed = driver.run(Mode.EXPERT, "ls /nonexistent-fpsh", DEADLINE);
            assertEquals(2, failed.exitStatus(), "ls's own status, through $?");
            assertEquals("ls: cannot access '/nonexistent-fpsh': No such file or directory\n", failed.output());

            CommandResult redrawn = driver.run(Mode.EXPERT, "printf 'working  10%%\\rworking 100%%\\n'", DEADLINE);
            assertEquals("working 100%\n", redrawn.output(), "a progress line's redraw, as the screen shows it");

            String longLine = "echo " + "0123456789".repeat(45) + " | tr 0-9 a-j";
            CommandResult wrapped = driver.run(Mode.EXPERT, longLine, DEADLINE);
            assertEquals("abcdefghij".repeat(45) + "\n", wrapped.output(), "a line longer than the terminal is wide");

            CommandResult silent = driver.run(Mode.EXPERT, "true", DEADLINE);
            assertEquals("", silent.output(), "a command that prints nothing leaves nothing");

            CommandResult back = driver.run(Mode.CLISH, "show network", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, back.outcome(), back.toString());
            assertEquals(sample, back.output(), "back in the clish through the real bash's exit");
        }
    }

    @Test
    @Timeout(60)
    void theShowNetworkProbeReadsThe74LayoutThroughTheRealSshd() throws Exception {
        try (SshFtd ftd = SshFtd.connect(options()); DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            driver.run(Mode.EXPERT, "true", DEADLINE); // the probe starts from the real bash
            ProbeResult result = ProbeRunner.run(new ShowNetworkProbe(), List.of(), driver, DEADLINE);
            assertEquals(ProbeStatus.OK, result.status(), result.toString());
            NetworkInfo info = (NetworkInfo) result.record();
            assertEquals("firepower", info.hostname());
            assertEquals(List.of("208.67.222.222", "208.67.220.220", "2620:119:35::35"), info.dnsServers());
            assertEquals("data-interfaces", info.defaultGateway());
            assertEquals("192.168.45.45", info.managementInterface().address());
            assertEquals(sample, result.evidence().output());
        }
    }

    /**
     * {@code fpsh probe} itself against the real sshd: keys only, nothing asked, and the 7.4.2 {@code show managers}
     * (the same box's verbatim sample, fields 6.x has not) read into the record.
     */
    @Test
    @Timeout(60)
    void fpshProbeReadsThe742ShowManagersThroughTheRealSshd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"probe", "show-managers", "--target", "ssh://" + System.getProperty("user.name")
                        + "@127.0.0.1:" + sshd.port(), "-i", sshd.clientKey().toString(), "--known-hosts",
                        knownHosts.toString(), "--json"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8) + printed);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        JsonNode manager = new ObjectMapper().readTree(printed).at("/record/managers/0");
        assertEquals("192.168.0.40", manager.at("/host").asText(), printed);
        assertEquals("7.4.2 (Build 172)", manager.at("/version").asText(), printed);
        assertEquals("f7dc6cd2-633c-11f0-a89d-df27a2da9458", manager.at("/identifier").asText(), printed);
        assertEquals("Completed", manager.at("/registration").asText(), printed);
        assertEquals("Configuration and analytics", manager.at("/managementType").asText(), printed);
    }
}
