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
 * box: what a terminal adds (echo, carriage returns, the prompt) must not reach the parsers, and the exit status read
 * from the text must be curl's, planted and after the guide's fix. That the answers equal the served lab's model on
 * every lab is io.fpsh.shell.serve.ModelContractOverServeTest's to check.
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
    void theGuidesSymptomAndFixReadOverSshWithoutCarriageReturns() throws Exception {
        SshOptions options = SshOptions.of("127.0.0.1", server.port(), "admin", prompt -> "Admin123".toCharArray(),
                folder.resolve("known_hosts")).withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE);
        try (SshFtd remote = SshFtd.connect(options);
             DeviceDriver overSsh = new DeviceDriver(remote, Credentials.none())) {
            CurlCheck unresolved = (CurlCheck) read(new CurlProbe(), List.of("https://api-sse.cisco.com"), overSsh);
            assertEquals(6, unresolved.exitCode());
            assertFalse(unresolved.connected());
            DnsLookup timedOut = (DnsLookup) read(new NslookupProbe(), List.of("api-sse.cisco.com"), overSsh);
            assertEquals(DnsLookup.TIMEOUT, timedOut.status());

            assertTrue(overSsh.run(Mode.CLISH, FIX, DEADLINE).completed());
            CurlCheck fixed = (CurlCheck) read(new CurlProbe(), List.of("https://api-sse.cisco.com"), overSsh);
            assertEquals(0, fixed.exitCode());
            assertEquals(403, fixed.httpStatus());
            assertEquals("198.51.100.66", fixed.connectedAddress());
            DnsLookup found = (DnsLookup) read(new NslookupProbe(), List.of("api-sse.cisco.com"), overSsh);
            assertEquals(List.of(new DnsLookup.Answer("api-sse.cisco.com", "A", "198.51.100.66")), found.answers());
        }
    }

    /** The probe's record over SSH, read without a carriage return reaching the text. */
    private static Record read(Probe<?> probe, List<String> args, DeviceDriver overSsh) {
        ProbeResult remote = ProbeRunner.run(probe, args, overSsh, DEADLINE);
        assertEquals(ProbeStatus.OK, remote.status(), () -> remote.error() + "\n" + remote.evidence().output());
        assertFalse(remote.evidence().output().contains("\r"), remote.evidence().output());
        return remote.record();
    }
}
