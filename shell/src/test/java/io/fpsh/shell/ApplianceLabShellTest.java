package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Firepower 2110 lab through fpsh itself: {@code -c} and piped lines show its model, its management0 interface
 * wherever the interface is named, and FXOS under the FTD ({@code connect fxos}, local-mgmt, FXOS's errors and
 * {@code ?}); a virtual FTD refuses {@code connect fxos}.
 */
@ExtraJvm
class ApplianceLabShellTest {
    private static final String LAB = "fpr2110-healthy";

    @Test
    void theAppliancesModelInterfaceAndFxosThroughDashC() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", LAB, "-c",
                "show version; show network; sftunnel-status-brief; connect fxos; show version; connect local-mgmt; exit;"
                        + " exit; expert; ip addr show management0");
        String out = result.out();
        assertTrue(out.contains("Model                     : Cisco Firepower 2110 Threat Defense (77) Version 6.8.0 (Build 1751)\n"), out);
        assertTrue(out.contains("==================[ management0 ]===================\n"), out);
        assertTrue(out.contains("using 'management0', connected to '192.0.2.5'"), out);
        // connect fxos: the FX-OS banner, then FXOS's show version (U3's fp2k mock)
        assertTrue(out.contains("Cisco Firepower Extensible Operating System (FX-OS) Software\nTAC support: http://www.cisco.com/tac\n"), out);
        assertTrue(out.contains("\n  Version: 82.10(1.347i)\n  Startup-Vers: 82.10(1.347i)\n"), out);
        assertTrue(out.contains("2: management0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500"), out);
        assertTrue(out.contains("scope global management0\n"), out);
        assertFalse(out.contains("eth0") || out.contains("br1"), out);
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void pipedLinesWalkFxosWithItsPromptsHelpAndErrors() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home,
                "connect fxos\n?\nshow bogus\nconnect local-mgmt\n?\nexit\nconnect ftd\nshow managers\n", "--lab", LAB);
        String out = result.out() + result.err();
        assertTrue(out.contains("fpr2110# ?\n  connect             Connect to another CLI\n"
                + "  exit                Exit from the CLI\n  show                Show system information\nfpr2110# "), out);
        assertTrue(out.contains("fpr2110# show bogus\n              ^\n% Invalid Command at '^' marker\n"), out);
        assertTrue(out.contains("fpr2110(local-mgmt)# ?\n  exit                Back to the FXOS CLI\nfpr2110(local-mgmt)# exit\n"
                + "fpr2110# connect ftd\n> show managers\nType                      : Manager\n"), out);
    }

    @Test
    void aVirtualFtdRefusesConnectFxos() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", "ftd01-healthy", "-c", "connect fxos");
        assertEquals("", result.out());
        assertEquals("Syntax error: Illegal command line\n", result.err());
        assertEquals(1, result.exitStatus());
    }
}
