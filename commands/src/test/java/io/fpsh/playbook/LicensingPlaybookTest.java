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

    @Test
    void theBrowserChecksSkipWithWhatToLookForAndAHealthyDevicePasses(@TempDir Path dir) throws Exception {
        DeviceRun run = PlaybookLabs.run("licensing", PlaybookLabs.healthy(dir), Map.of());

        assertEquals(Verdict.PASS, run.verdict(), run::toString);
        assertEquals(List.of(), run.findings());
        List<StepResult> checklist = run.steps().stream().filter(s -> s.verdict() == Verdict.SKIP).toList();
        assertEquals(7, checklist.size(), run::toString);
        String all = String.join("\n", checklist.stream().map(StepResult::reason).toList());
        for (String where : List.of("Manage Smart Account > Users", "Virtual Account Administrator",
                "System > Licenses > Smart Licenses", "https://admin.sse.itd.cisco.com", "Link Accounts",
                "Eventing and Cisco XDR threat response", "System > Integration > Cloud Services", "ftd01")) {
            assertTrue(all.contains(where), where + " missing from:\n" + all);
        }
        assertEquals("registered to 192.0.2.5", step(run, "lic-managers").reason());
        assertTrue(step(run, "lic-version").reason().startsWith("version 6.5.0: 6.4 or later"), run::toString);
        assertTrue(run.steps().stream().allMatch(s -> s.hop() == null));
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
