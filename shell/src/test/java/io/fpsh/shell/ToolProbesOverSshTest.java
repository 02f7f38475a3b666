package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.CurlProbe;
import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.NslookupProbe;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.ProbeStatus;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curl and nslookup probes over SSH against {@code fpsh serve} (ftd01-dns with short resolver waits), as on a real
 * box: what a terminal adds (echo, carriage returns, the prompt) must not reach the parsers, the exit status read from
 * the text must be curl's, and the answers must equal the in-process device's, planted and after the guide's fix.
 */
class ToolProbesOverSshTest {
    private static final Duration DEADLINE = Duration.ofSeconds(40);
    private static final String FIX = "configure network dns servers 192.0.2.11";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static Path lab;

    @BeforeAll
    static void start() throws Exception {
        lab = FastLab.write(folder, "ftd01-dns");
        server = FtdSshServer.start(new ServeSettings("lab:" + lab, "127.0.0.1", 0, null, false, folder.resolve("home")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sameAnswersOverSshAsInProcessPlantedAndFixed() throws Exception {
        SshOptions options = SshOptions.of("127.0.0.1", server.port(), "admin", prompt -> "Admin123".toCharArray(),
                folder.resolve("known_hosts")).withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE);
        try (SshFtd remote = SshFtd.connect(options);
             DeviceDriver overSsh = new DeviceDriver(remote, Credentials.none());
             SimulatedFtd local = new SimulatedFtd(LabDevices.read(lab.toString()));
             DeviceDriver inProcess = new DeviceDriver(local, Credentials.none())) {
            CurlCheck unresolved = (CurlCheck) same(new CurlProbe(), List.of("https://api-sse.cisco.com"), overSsh, inProcess, local);
            assertEquals(6, unresolved.exitCode());
            assertFalse(unresolved.connected());
            DnsLookup timedOut = (DnsLookup) same(new NslookupProbe(), List.of("api-sse.cisco.com"), overSsh, inProcess, local);
            assertEquals(DnsLookup.TIMEOUT, timedOut.status());

            assertTrue(overSsh.run(Mode.CLISH, FIX, DEADLINE).completed());
            assertTrue(inProcess.run(Mode.CLISH, FIX, DEADLINE).completed());
            CurlCheck fixed = (CurlCheck) same(new CurlProbe(), List.of("https://api-sse.cisco.com"), overSsh, inProcess, local);
            assertEquals(0, fixed.exitCode());
            assertEquals(403, fixed.httpStatus());
            assertEquals("198.51.100.66", fixed.connectedAddress());
            DnsLookup found = (DnsLookup) same(new NslookupProbe(), List.of("api-sse.cisco.com"), overSsh, inProcess, local);
            assertEquals(List.of(new DnsLookup.Answer("api-sse.cisco.com", "A", "198.51.100.66")), found.answers());
        }
    }

    /** The probe's record over SSH, checked equal to the in-process text's and to the lab model's. */
    private static Record same(Probe<?> probe, List<String> args, DeviceDriver overSsh, DeviceDriver inProcess,
                               SimulatedFtd local) {
        ProbeResult remote = ProbeRunner.run(probe, args, overSsh, DEADLINE);
        assertEquals(ProbeStatus.OK, remote.status(), () -> remote.error() + "\n" + remote.evidence().output());
        assertFalse(remote.evidence().output().contains("\r"), remote.evidence().output());
        ProbeResult here = ProbeRunner.run(probe, args, inProcess, DEADLINE);
        assertEquals(here.record(), remote.record(), () -> remote.evidence().output());
        assertEquals(local.model().answer(probe.name(), args).orElseThrow(), remote.record());
        return remote.record();
    }
}
