package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.Probes;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A probe costs one round trip on an open SSH session: once the session is in the probe's mode, the served device
 * runs exactly one line for it, in the Linux shell too (its status travels in its output, not in a {@code $?}
 * question of its own), and the status read is still the command's.
 */
class ProbeRoundTripsOverServeTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void everyProbeIsOneLineOnTheServedDeviceOnceInItsMode() throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        AtomicInteger lines = new AtomicInteger();
        List<SimulatedFtd> opened = new ArrayList<>();
        ServeSettings settings = new ServeSettings("ftd01-dns", "127.0.0.1", 0, null, false, dir.resolve("home"));
        try (FtdSshServer server = FtdSshServer.start(settings, read -> counting(read, lines, opened));
             SshFtd remote = SshFtd.connect(SshOptions.of("127.0.0.1", server.port(), "admin",
                     prompt -> lab.device().accounts().get(0).password().toCharArray(), dir.resolve("known_hosts"))
                     .withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE));
             DeviceDriver driver = new DeviceDriver(remote, Credentials.fromDevice(LabDevices.open("ftd01-dns")))) {
            driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE);
            for (Probe<?> probe : Probes.all()) {
                List<String> args = switch (probe.name()) {
                    case "curl" -> List.of("https://api-sse.cisco.com");
                    case "nslookup" -> List.of("api-sse.cisco.com", "192.0.2.11");
                    default -> List.of();
                };
                driver.moveTo(probe.mode(), DEADLINE);
                int before = lines.get();
                ProbeResult result = ProbeRunner.run(probe, args, driver, DEADLINE);
                assertTrue(result.ok(), probe.name() + ": " + result.status() + ": " + result.error());
                // a lab page (:fmc, :sse) is answered by the served shell itself: no line reaches the device
                assertEquals(probe instanceof io.fpsh.probe.LabPageProbe<?> ? 0 : 1, lines.get() - before,
                        probe.name() + ": lines the served device ran");
            }
            driver.moveTo(Mode.EXPERT, DEADLINE);
            int before = lines.get();
            ProbeResult again = ProbeRunner.run(Probes.named("resolv-conf").orElseThrow(), List.of(), driver, DEADLINE);
            assertEquals(1, lines.get() - before);
            assertEquals(0, again.evidence().exitStatus());
            assertTrue(!again.evidence().output().contains("fpsh-status"), again.evidence().output());
        }
    }

    @Test
    void theStatusInTheOutputIsTheCommandsOwn() throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        ServeSettings settings = new ServeSettings("ftd01-dns", "127.0.0.1", 0, null, false, dir.resolve("home"));
        try (FtdSshServer server = FtdSshServer.start(settings, read -> counting(read, new AtomicInteger(), new ArrayList<>()));
             SshFtd remote = SshFtd.connect(SshOptions.of("127.0.0.1", server.port(), "admin",
                     prompt -> lab.device().accounts().get(0).password().toCharArray(), dir.resolve("known_hosts"))
                     .withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE));
             DeviceDriver driver = new DeviceDriver(remote, Credentials.none())) {
            var failed = driver.runReportingStatus(Mode.EXPERT, "cat /etc/nosuchfile", DEADLINE);
            assertEquals(1, failed.exitStatus(), failed.output());
            assertEquals("cat: /etc/nosuchfile: No such file or directory\n", failed.output());
            var joined = driver.runReportingStatus(Mode.EXPERT, "echo -n abc", DEADLINE);
            assertEquals(0, joined.exitStatus());
            assertEquals("abc", joined.output());
        }
    }

    /** {@code fpsh serve}'s per-session source, each device counting the lines it runs. */
    private static DeviceSource counting(LabFile lab, AtomicInteger lines, List<SimulatedFtd> opened) {
        return new DeviceSource() {
            @Override
            public Device open(String login) {
                SimulatedFtd ftd = new SimulatedFtd(lab);
                opened.add(ftd);
                return new CountingDevice(ftd, lines);
            }

            @Override
            public void close() {
                opened.forEach(SimulatedFtd::close);
            }
        };
    }

    private record CountingDevice(SimulatedFtd ftd, AtomicInteger lines) implements Device {
        @Override public String banner() { return ftd.banner(); }
        @Override public Mode mode() { return ftd.mode(); }
        @Override public String prompt() { return ftd.prompt(); }
        @Override public int run(String line, DeviceIo io) {
            lines.incrementAndGet();
            return ftd.run(line, io);
        }
        @Override public void cancel() { ftd.cancel(); }
        @Override public boolean isOpen() { return ftd.isOpen(); }
        @Override public String targetName() { return ftd.targetName(); }
        @Override public void close() { ftd.close(); }
        @Override public <T> java.util.Optional<T> feature(Class<T> kind) { return ftd.feature(kind); }
    }
}
