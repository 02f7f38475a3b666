package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;
import io.fpsh.probe.ClockReading;
import io.fpsh.probe.ContractLabs;
import io.fpsh.probe.ContractRuns;
import io.fpsh.probe.LabFixes;
import io.fpsh.probe.ModelContract;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The model contract of ModelContractTest over SSH: for every shipped lab as planted and, where scripts/labs/FIXES
 * has its fix, after the fix typed over SSH, every probe's text read through {@code fpsh serve}'s shell (echo, CRLF,
 * prompts and all) parses to the served device's own model answer. The server is the one {@code fpsh serve} starts,
 * its sessions' devices handed in so the test can ask the very device it talks to: a copy of the lab made apart
 * would keep a clock of its own, and the logs' times (a fix makes the connector retry at once) would differ.
 */
class ModelContractOverServeTest {
    private static final Duration DEADLINE = ProbeRunner.DEFAULT_DEADLINE;
    /**
     * Labs served at once: with six, a machine loaded far past its cores (load 38 on 2) saw a lab's TLS handshake
     * outlast the curl probe's 15 s (exit 28 where the model says 0); four still overlap the labs' waits (three made
     * the class 95 s, the longest of the shell module).
     */
    private static final int LABS_AT_ONCE = 4;

    @TempDir
    static Path dir;
    private static ContractRuns<List<String>> runs;

    @BeforeAll
    static void serveEveryLab() {
        runs = new ContractRuns<>(ContractLabs.cases(), ModelContractOverServeTest::failuresOverSsh, LABS_AT_ONCE);
    }

    @AfterAll
    static void stop() {
        if (runs != null) {
            runs.close();
        }
    }

    static Stream<ContractLabs.Case> cases() {
        return ContractLabs.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theServedModelsAnswerIsTheTextReadOverSsh(ContractLabs.Case lab) throws Exception {
        List<String> failures = runs.result(lab);
        assertEquals(List.of(), failures, lab + " over SSH: " + String.join("\n\n", failures));
    }

    /** Serves the lab, logs in, types its fix in the fixed phase, and compares every probe's answers. */
    private static List<String> failuresOverSsh(ContractLabs.Case lab) throws Exception {
        Path own = Files.createDirectories(dir.resolve(lab.toString().replace(' ', '-')));
        Path file = ContractLabs.file(own, lab.lab());
        LabFile labFile = LabDevices.read(file.toString());
        BlockingQueue<SimulatedFtd> opened = new LinkedBlockingQueue<>();
        ServeSettings settings = new ServeSettings(file.toString(), "127.0.0.1", 0, null, false, own.resolve("home"));
        try (FtdSshServer server = FtdSshServer.start(settings, read -> keptHoldOf(read, opened));
             SshFtd remote = SshFtd.connect(SshOptions.of("127.0.0.1", server.port(), "admin",
                     prompt -> labFile.device().accounts().get(0).password().toCharArray(), own.resolve("known_hosts"))
                     .withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE))) {
            SimulatedFtd served = opened.poll(30, TimeUnit.SECONDS);
            assertNotNull(served, "the server opened no device for the session");
            // the lab's own accounts answer sudo, as ModelContractTest's do
            try (DeviceDriver driver = new DeviceDriver(remote, Credentials.fromDevice(served))) {
                return failures(lab, labFile, driver, served);
            }
        }
    }

    private static List<String> failures(ContractLabs.Case lab, LabFile labFile, DeviceDriver driver, SimulatedFtd served) {
        if (lab.fixed()) {
            for (LabFixes.Fix fix : LabFixes.of(lab.lab())) {
                CommandResult applied = ModelContract.apply(fix, driver, DEADLINE);
                assertEquals(CommandResult.Outcome.COMPLETED, applied.outcome(), lab + ": " + fix.line() + ": " + applied);
                assertEquals(0, applied.exitStatus(), lab + ": " + fix.line() + ": " + applied.output());
            }
        }
        List<String> failures = new ArrayList<>();
        for (ModelContract.Sample sample : ModelContract.samples(labFile)) {
            String failure = sample.probe().name().equals("clock")
                    ? clockFailure(sample, driver, served)
                    : comparisonFailure(ModelContract.compare(sample, driver, served.model(), DEADLINE));
            if (failure != null) {
                failures.add(failure);
            }
        }
        return failures;
    }

    private static String comparisonFailure(ModelContract.Comparison comparison) {
        return comparison.same() ? null : comparison.asked() + ": " + comparison.verdict() + ": " + comparison.detail();
    }

    /**
     * The clock over SSH: the runner's time is the host's (an SSH target cannot know the lab network's), so the skew
     * that ModelContractTest compares is not the model's here. What must hold is the device's time: the text's
     * reading lies between the served device's time just before it was sent and just after it came back.
     */
    private static String clockFailure(ModelContract.Sample sample, DeviceDriver driver, SimulatedFtd served) {
        ClockReading before = (ClockReading) served.model().answer("clock", List.of()).orElseThrow();
        ProbeResult text = ProbeRunner.run(sample.probe(), sample.arguments(), driver, DEADLINE);
        ClockReading after = (ClockReading) served.model().answer("clock", List.of()).orElseThrow();
        if (!text.ok()) {
            return "clock: " + text.status() + ": " + text.error();
        }
        ClockReading read = (ClockReading) text.record();
        if (read.deviceTime().isBefore(before.deviceTime()) || read.deviceTime().isAfter(after.deviceTime())) {
            return "clock: the device read " + read.deviceTime() + ", outside the served device's " + before.deviceTime()
                    + " .. " + after.deviceTime();
        }
        return null;
    }

    /** The per-session source of {@code fpsh serve}, each device it opens also handed to the test. */
    private static DeviceSource keptHoldOf(LabFile lab, BlockingQueue<SimulatedFtd> opened) {
        return new DeviceSource() {
            @Override
            public Device open(String login) {
                SimulatedFtd device = new SimulatedFtd(lab);
                opened.add(device);
                return device;
            }

            @Override
            public void close() {
                opened.forEach(SimulatedFtd::close);
            }
        };
    }
}
