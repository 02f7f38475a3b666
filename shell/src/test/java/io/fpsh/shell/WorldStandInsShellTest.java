package io.fpsh.shell;

import io.fpsh.shell.FpshProcess.Result;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stand-ins for the world around a lab's device (issue 12 §3) in piped input and {@code -c}, as processes: each
 * page, each change the GUI allows, the FMC's deployment reaching the device, {@code :lab reset} putting the world
 * back, one-line errors, and one line on a target that is not a lab. Over {@code fpsh serve}: ServedWorldTest.
 */
@ExtraJvm
class WorldStandInsShellTest {

    @Test
    void theWrongRegionLabIsSeenAndFixedThroughTheStandIns() throws Exception {
        Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), String.join("\n",
                ":fmc cloud-services",
                ":sse devices",
                ":sse events",
                ":fmc cloud-services set region us",
                ":fmc cloud-services",
                ":fmc deploy",
                ":sse devices",
                ":lab check",
                ":lab reset",
                ":sse devices",
                ":fmc cloud-services set region MARS",
                ":fmc nonsense",
                ""), "--lab", "ftd01-wrong-region");
        String out = result.out();
        assertTrue(out.contains("> :fmc cloud-services\nFMC > System > Integration > Cloud Services\n"
                + "Cisco Cloud Region:               EU (api.eu.sse.itd.cisco.com)\n"
                + "Cisco Cloud integration:          Enabled\n"
                + "Cisco Cloud Event Configuration:  Enabled\n"
                + "  [x] Send Intrusion Events\n  [x] Send File and Malware Events\n  [x] Send High Priority Connection Events\n"
                + "Pending deployment:               none\n"), out);
        assertTrue(out.contains("> :sse devices\nSSE portal https://admin.sse.itd.cisco.com (US) > Devices\n"
                + "Smart Account:                    example-sa\nNo devices.\n"), out);
        assertTrue(out.contains("> :sse events\nSSE portal https://admin.sse.itd.cisco.com (US) > Events\nNo events.\n"), out);
        assertTrue(out.contains("> :fmc cloud-services set region us\nSaved. Not on ftd01 until deployed (:fmc deploy).\n"), out);
        assertTrue(out.contains("Pending deployment:               1 change(s), not on the device until deployed (:fmc deploy)\n"
                + "  region: EU -> US\n"), out);
        assertTrue(out.contains("> :fmc deploy\nDeploying to ftd01: Cloud Services (region US, integration on, events on)\n"
                + "Deployment to ftd01 succeeded.\n"), out);
        assertTrue(out.contains("NAME                 UUID                                 VERSION    STATUS\n"
                + "ftd01                9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8 6.5.0      Registered\n"), out);
        assertTrue(out.contains("All objectives met.\n> :lab reset\nLab ftd01-wrong-region reset: the device is as planted.\n"
                + "> :sse devices\nSSE portal https://admin.sse.itd.cisco.com (US) > Devices\n"
                + "Smart Account:                    example-sa\nNo devices.\n"), "the world is reset with the device: " + out);
        // piped input is a transcript: the one-line errors come in it, after their line
        assertTrue(out.contains("> :fmc cloud-services set region MARS\nfpsh: :fmc cloud-services set region: US, EU or APJ"
                + " (got 'MARS')\n"), out);
        assertTrue(out.contains("> :fmc nonsense\nfpsh: usage: :fmc cloud-services | :fmc cloud-services set"
                + " region|integration|events|event-types VALUE | :fmc deploy\n"), out);
        assertTrue(!result.err().contains("Exception") && !out.contains("Exception"), result.err());
    }

    @Test
    void thePortalsTogglesAndLinkAndTheSmartAccount() throws Exception {
        Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), String.join("\n",
                ":sse devices",
                ":smart-account",
                ":sse link-smart-account example-sa",
                ":sse devices",
                ":sse cloud-services set eventing off",
                ":sse cloud-services",
                ""), "--lab", "ftd01-sse-not-linked");
        String out = result.out();
        assertTrue(out.contains("Smart Account:                    none linked\nNo devices.\n"), out);
        assertTrue(out.contains("> :smart-account\nsoftware.cisco.com > Administration > Manage Smart Account\n"
                + "Smart Account:                    example-sa\nVirtual account:                  DEFAULT\n"
                + "Security licences:                held by DEFAULT\nUser:                             netadmin@example.com\n"
                + "Role:                             Smart Account Administrator\n"), out);
        assertTrue(out.contains("> :sse link-smart-account example-sa\nSmart Account example-sa linked: its virtual"
                + " accounts and their devices show in SSE.\n"), out);
        assertTrue(out.contains("6.5.0      Registered\n"), out);
        assertTrue(out.contains("> :sse cloud-services set eventing off\nEventing disabled.\n> :sse cloud-services\n"
                + "SSE portal https://admin.sse.itd.cisco.com (US) > Cloud Services\n"
                + "Eventing:                         Disabled\nCisco XDR threat response:        Enabled\n"), out);
    }

    @Test
    void offALabEachStandInIsOneLine() throws Exception {
        Result result = FpshProcess.run(FpshProcess.tempHome(), "", "--target", "local", "-c",
                ":fmc cloud-services; :sse devices; :smart-account");
        assertEquals("", result.out());
        assertEquals("fpsh: :fmc works on labs only (now local)\nfpsh: :sse works on labs only (now local)\n"
                + "fpsh: :smart-account works on labs only (now local)\n", result.err());
        assertEquals(2, result.exitStatus());
    }
}
