package io.fpsh.playbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped licensing playbook: a checklist that never fails a device, and what the device itself shows. */
class LicensingPlaybookTest {

    /**
     * On a lab the browser's pages are the lab's stand-ins, read by the lab-only probes (issue 12 §3): a healthy lab's
     * world passes; only the FMC's Smart Licensing page has no stand-in and stays a checklist step. Off a lab every
     * browser step SKIPs with what to look for: LabPageProbesTest.
     */
    @Test
    void aHealthyLabsWorldAndDevicePass(@TempDir Path dir) throws Exception {
        DeviceRun run = PlaybookLabs.run("licensing", PlaybookLabs.healthy(dir), Map.of());

        assertEquals(Verdict.PASS, run.verdict(), run::toString);
        assertEquals(List.of(), run.findings());
        assertEquals(List.of("lic-fmc-smart-license"), run.steps().stream().filter(s -> s.verdict() == Verdict.SKIP)
                .map(StepResult::id).toList(), run::toString);
        assertTrue(step(run, "lic-fmc-smart-license").reason().contains("System > Licenses > Smart Licenses"));
        assertEquals("netadmin@example.com is Smart Account Administrator in example-sa",
                step(run, "lic-smart-account-role").reason());
        assertEquals("Smart Account example-sa is linked in SSE (US)", step(run, "lic-sse-link").reason());
        assertEquals("events sent: intrusion, file-malware, connection", step(run, "lic-fmc-cloud-events").reason());
        assertEquals("the FMC and the SSE tenant are both in US", step(run, "lic-region").reason());
        assertTrue(step(run, "lic-sse-devices").reason().startsWith("SSE lists ftd01 Registered; newest event "), run::toString);
        assertEquals("registered to 192.0.2.5", step(run, "lic-managers").reason());
        assertTrue(step(run, "lic-version").reason().startsWith("version 6.5.0: 6.4 or later"), run::toString);
        assertEquals(List.of("lic-sse-link", "lic-sse-cloud-services", "lic-fmc-cloud-events", "lic-region"),
                run.steps().stream().filter(s -> s.hop() != null).map(StepResult::id).toList(), "the world's SSE hop");
    }

    @Test
    void aDeviceNotRegisteredToItsFmcOrTooOldIsAFinding(@TempDir Path dir) throws Exception {
        Path healthy = Path.of(PlaybookLabs.healthy(dir));
        String text = Files.readString(healthy);
        Path lab = dir.resolve("ftd01-old-test.yaml");
        Files.writeString(lab, text.replace("name: ftd01-healthy-test", "name: ftd01-old-test")
                .replace("registration: Completed", "registration: Pending")
                .replace("version: 6.5.0", "version: 6.3.0"));

        DeviceRun run = PlaybookLabs.run("licensing", lab.toString(), Map.of());

        assertEquals(Verdict.FAIL, run.verdict(), run::toString);
        assertEquals(List.of("MANAGER-NOT-REGISTERED", "VERSION-TOO-OLD"), run.findings().stream().map(Finding::id).toList());
        assertEquals("192.0.2.5: Pending", run.findings().get(0).actual());
        assertEquals("version 6.3.0 (build 115)", run.findings().get(1).actual());
    }

    private static StepResult step(DeviceRun run, String id) {
        return run.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
