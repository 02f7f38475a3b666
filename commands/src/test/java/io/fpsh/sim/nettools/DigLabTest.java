package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dig in the labs' expert shells asks the device's DNS servers, the lab's real ones: an answer, or a dead server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DigLabTest {

    private static CapturingIo expert(String lab, String line) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab))) {
            ftd.run("expert", new CapturingIo());
            CapturingIo io = new CapturingIo();
            ftd.run(line + "; echo status=$?", io);
            return io;
        }
    }

    @Test
    void theHealthyLabAnswersAndTheDeadServerTimesOut() throws Exception {
        assertEquals("198.51.100.66\nstatus=0\n", expert("ftd01-healthy", "dig +short api-sse.cisco.com").stdout());
        CapturingIo dead = expert("ftd01-dns", "dig +short +time=1 +tries=1 api-sse.cisco.com");
        assertTrue(dead.stdout().contains("connection timed out; no servers could be reached"), dead.text());
        assertTrue(dead.stdout().endsWith("status=9\n"), dead.text());
    }
}
