package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skeleton's end-to-end case: the shipped dns playbook, compiled at build time, on the guide's lab. */
class DnsPlaybookTest {

    @Test
    void namesTheDeadServerWithItsFixThenPassesOnceFixed() throws Exception {
        Plan plan = PlaybookLoader.shipped("dns");
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, Map.of("site-dns", "192.0.2.11"), Duration.ofSeconds(30));
            List<StepResult> seen = new ArrayList<>();
            DeviceRun before = PlaybookRunner.run(plan, target, Duration.ofMinutes(2), seen::add);

            assertEquals(Verdict.FAIL, before.verdict(), before::toString);
            assertEquals(2, seen.size());
            Finding dead = before.findings().get(0);
            assertEquals("DNS-SERVER-DEAD", dead.id());
            assertEquals(List.of(FixCommand.clish("configure network dns servers 192.0.2.11")), dead.fix());
            assertTrue(before.steps().get(1).evidence().stream().anyMatch(r -> r.probe().equals("nslookup")));
            assertEquals(ExitStatus.FINDINGS, ExitStatus.of(List.of(before)));

            driver.run(Mode.CLISH, dead.fix().get(0).line(), Duration.ofSeconds(10));
            target.forget();
            DeviceRun after = PlaybookRunner.run(plan, target, Duration.ofMinutes(2), r -> {});
            assertEquals(Verdict.PASS, after.verdict(), after::toString);
            assertEquals(ExitStatus.OK, ExitStatus.of(List.of(after)));
        }
    }
}
