package io.fpsh.shell.serve;

import io.fpsh.drive.CapturingIo;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.probe.FmcCloudServicesProbe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.ProbeStatus;
import io.fpsh.probe.SseEventsProbe;
import io.fpsh.ssh.SshFtd;
import io.fpsh.testkind.Sshd;
import io.fpsh.world.FmcCloudServices;
import io.fpsh.world.SseEvents;
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
 * The world's stand-ins (issue 12 §3) in the shell {@code fpsh serve} gives, over SSH: the FMC's page changed and
 * deployed on the login's own copy of the lab, the events then reaching SSE, and the lab-only probes read over SSH
 * from the served shell's pages.
 */
@Sshd
class ServedWorldTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    @TempDir
    static Path folder;
    private static ServedLab served;

    @BeforeAll
    static void start() throws Exception {
        served = ServedLab.start("lab:ftd01-cloud-events-off", folder);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static String typed(SshFtd ftd, String line) {
        CapturingIo io = new CapturingIo();
        ftd.run(line, io);
        return io.text();
    }

    @Test
    void theFmcsEventToggleIsTurnedOnAndDeployedOverSsh() throws Exception {
        try (SshFtd ftd = served.connect()) {
            assertTrue(typed(ftd, ":help").contains("  :fmc cloud-services [set KEY VALUE] | :fmc deploy"));
            assertTrue(typed(ftd, ":fmc cloud-services").contains("Cisco Cloud Event Configuration:  Disabled\n"));
            assertTrue(typed(ftd, ":sse events").endsWith("No events.\n"));
            assertEquals("Saved. Not on ftd01 until deployed (:fmc deploy).\n", typed(ftd, ":fmc cloud-services set events on"));
            assertTrue(typed(ftd, ":fmc deploy").endsWith("Deployment to ftd01 succeeded.\n"));
            String events = typed(ftd, ":sse events");
            assertTrue(events.contains("ftd01                Intrusion Event\n"), events);
            assertTrue(typed(ftd, ":lab check").endsWith("All objectives met.\n"));
        }
        try (SshFtd another = served.connect()) {
            assertTrue(typed(another, ":sse events").endsWith("No events.\n"), "another login has its own copy");
        }
    }

    @Test
    void theLabOnlyProbesReadTheServedPagesOverSsh() throws Exception {
        try (SshFtd ftd = served.connect();
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            ProbeResult fmc = ProbeRunner.run(new FmcCloudServicesProbe(), List.of(), driver, DEADLINE);
            assertEquals(ProbeStatus.OK, fmc.status(), fmc::toString);
            assertEquals(new FmcCloudServices(true, "US", false, List.of("intrusion", "file-malware", "connection"),
                    List.of()), fmc.record());
            assertEquals("text", fmc.evidence().source());
            ProbeResult events = ProbeRunner.run(new SseEventsProbe(), List.of(), driver, DEADLINE);
            assertEquals(new SseEvents(List.of()), events.record());
            assertFalse(fmc.evidence().lines().isEmpty(), "each value's line noted");
        }
    }
}
