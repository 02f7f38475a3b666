package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code :probe} in piped input and under {@code -c}, on the real default lab, as processes. */
@ExtraJvm
class ProbeShellCommandTest {

    @Test
    void pipedProbeFollowsTheSessionsChangeAndTheDeviceStaysInItsMode() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(),
                "configure network dns servers 192.0.2.11\nexpert\n:probe show-network\nwhoami\n:probe nosuch\n",
                "--lab", "ftd01-dns");
        assertEquals(0, result.exitStatus(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.stream().anyMatch(line -> line.matches("dnsServers +192\\.0\\.2\\.11")), result.out());
        assertTrue(result.out().contains("admin@ftd01:~$ whoami\nadmin\n"), "back in expert after the probe: " + result.out());
        assertTrue(result.out().contains("admin@ftd01:~$ :probe nosuch\nfpsh: unknown probe 'nosuch' (:probe lists them)\n"),
                result.out());
    }

    @Test
    void aRootProbeOnALabTakesTheLabsPasswordsAndAsksNothing() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), ":probe lsof\nshow version\n",
                "--lab", "ftd01-no-events");
        assertEquals(0, result.exitStatus(), result.err());
        assertFalse(result.out().toLowerCase().contains("password"), "nothing asked: " + result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.matches("sockets\\[\\d+]\\.tcpState +SYN_SENT")), result.out());
        assertTrue(result.out().contains("> show version\n"), "the next line is run, not taken for a password: "
                + result.out());
        assertTrue(result.out().contains("Model                     : Cisco Firepower Threat Defense"), result.out());
    }

    @Test
    void scriptModeProbeWritesTheJsonDocument() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "", "--lab", "ftd01-dns", "-c",
                "configure network dns servers 192.0.2.11; :probe --json show-network");
        assertEquals(0, result.exitStatus(), result.err());
        assertEquals("", result.err());
        assertEquals("192.0.2.11", new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out())
                .at("/record/dnsServers/0").asText(), result.out());
    }
}
