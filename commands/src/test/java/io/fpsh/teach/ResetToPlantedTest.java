package io.fpsh.teach;

import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.probe.ModelContract;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PlantedLab#resetToPlanted()}: after changes of every kind (DNS, proxy, static route, daemons, a file written,
 * lab time passed) the device answers every probe as a fresh copy of the lab does, the file is gone, lab time is back
 * at the lab's start, and the sessions on the device stay where they were.
 */
class ResetToPlantedTest {

    private static String run(SimulatedFtd ftd, String line, String... answers) {
        CapturingIo io = CapturingIo.answering(answers);
        ftd.run(line, io);
        return io.text();
    }

    /** Every sample probe's answer, without what moves with the clocks. */
    private static List<Object> answers(PlantedLab lab) {
        List<Object> answers = new ArrayList<>();
        for (ModelContract.Sample sample : ModelContract.samples(lab.lab())) {
            answers.add(sample.probe().name() + " " + sample.arguments() + " = " + lab.model()
                    .answer(sample.probe().name(), sample.arguments()).map(ModelContract::comparable).orElse(null));
        }
        return answers;
    }

    @Test
    void theDeviceAnswersAsPlantedAfterChangesOfEveryKind() throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        LabClock clock = new LabClock(lab.clock().start(), true);
        try (SimulatedFtd fresh = new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
             SimulatedFtd ftd = new SimulatedFtd(lab, clock);
             SimulatedFtd other = ftd.openSession()) {
            List<Object> planted = answers(fresh);
            assertEquals(planted, answers(ftd));
            run(ftd, "configure network dns servers 192.0.2.11");
            run(ftd, "configure network http-proxy", "192.0.2.50", "3128", "n");
            run(ftd, "configure network static-routes ipv4 add eth0 10.9.0.0 255.255.0.0 192.0.2.1");
            run(ftd, "expert");
            run(ftd, "sudo su -", "Admin123");
            assertEquals(Mode.ROOT, ftd.mode());
            run(ftd, "pmtool DisableById EventHandler");
            run(ftd, "pmtool restartbyid SSEConnector");
            run(ftd, "curl -s -k -o /tmp/answer.txt https://api-sse.cisco.com");
            assertEquals("Forbidden", run(ftd, "cat /tmp/answer.txt"));
            clock.advance(Duration.ofMinutes(10));
            run(other, "expert");
            assertNotEquals(planted, answers(ftd), "the changes show");

            ftd.feature(PlantedLab.class).orElseThrow().resetToPlanted();

            assertEquals(planted, answers(ftd));
            assertEquals(lab.clock().start(), clock.now(), "lab time back at the lab's start");
            assertEquals(Mode.ROOT, ftd.mode(), "the session stays where it was");
            assertEquals(Mode.EXPERT, other.mode());
            assertTrue(run(ftd, "cat /tmp/answer.txt").contains("No such file or directory"), "the file written is gone");
            assertTrue(run(other, "cat /etc/resolv.conf").contains("nameserver 192.0.2.10\n"), "another session sees it");
            assertFalse(run(ftd, "ls /ngfw/var/sf/run").isEmpty());
        }
    }

    @Test
    void aLabDeviceOffersItsLessonHooksAndNothingElse() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-healthy"))) {
            assertEquals("ftd01-healthy", ftd.feature(PlantedLab.class).orElseThrow().lab().name());
            assertTrue(ftd.feature(String.class).isEmpty());
        }
    }
}
