package io.fpsh.probe;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.local.LocalMachine;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.PlaybookRunner;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lab-only probes (issue 12 §3): on a lab each page's text parses back into the lab's model answer; on another
 * target (local) each is NOT_AVAILABLE with one line, and the licensing playbook's steps that read them SKIP there.
 */
class LabPageProbesTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final List<String> LAB_PAGES = List.of("fmc-cloud-services", "sse-devices", "sse-events",
            "sse-cloud-services", "smart-account");

    @Test
    void eachPageParsesBackIntoTheModelsAnswerOnEveryWorldLab() throws Exception {
        for (String name : List.of("ftd01-healthy", "ftd01-cloud-events-off", "ftd01-sse-not-linked", "ftd01-wrong-region")) {
            try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(name));
                 DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
                for (String page : LAB_PAGES) {
                    Probe<?> probe = Probes.named(page).orElseThrow();
                    ProbeResult text = ProbeRunner.run(probe, List.of(), driver, DEADLINE);
                    assertEquals(ProbeStatus.OK, text.status(), () -> name + " " + page + ": " + text);
                    assertEquals(ftd.model().answer(page, List.of()).orElseThrow(), text.record(), name + " " + page);
                    assertEquals(page.equals("smart-account") ? ":smart-account" : page.startsWith("fmc") ? ":fmc cloud-services"
                            : ":sse " + page.substring(4), text.evidence().sent());
                }
            }
        }
    }

    @Test
    void offALabEachIsNotAvailableAndLicensingSkipsThem() throws Exception {
        try (LocalMachine local = new LocalMachine();
             DeviceDriver driver = new DeviceDriver(local, Credentials.none())) {
            for (String page : LAB_PAGES) {
                ProbeResult result = ProbeRunner.run(Probes.named(page).orElseThrow(), List.of(), driver, DEADLINE);
                assertEquals(ProbeStatus.NOT_AVAILABLE, result.status(), result::toString);
                assertEquals(page + " works on labs only (local has no such page)", result.error());
            }
            DeviceRun run = PlaybookRunner.run(PlaybookLoader.shipped("licensing"),
                    new TargetSession(driver, Map.of(), TargetSession.DEFAULT_COMMAND_TIMEOUT), Duration.ofMinutes(1), s -> {});
            for (String step : List.of("lic-smart-account-role", "lic-virtual-account", "lic-sse-link",
                    "lic-sse-cloud-services", "lic-fmc-cloud-events", "lic-region", "lic-sse-devices")) {
                StepResult result = run.steps().stream().filter(s -> s.id().equals(step)).findFirst().orElseThrow();
                assertEquals(Verdict.SKIP, result.verdict(), step);
                assertTrue(result.reason().startsWith("in "), step + ": " + result.reason());
            }
            assertFalse(run.findings().stream().anyMatch(f -> f.id().startsWith("SSE-") || f.id().startsWith("FMC-")));
        }
    }
}
