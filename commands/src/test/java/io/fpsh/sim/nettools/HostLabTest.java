package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * host in the labs' shells asks the device's DNS servers, the lab's real ones: an answer and its PTR, NXDOMAIN, a dead
 * server in the words of the device's BIND (9.11: one line), as admin and as root; which finds the new tools.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostLabTest {

    private static String expert(String lab, String... lines) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab))) {
            ftd.run("expert", new CapturingIo());
            CapturingIo io = new CapturingIo();
            for (String line : lines) {
                ftd.run(line + "; echo status=$?", io);
            }
            return io.stdout();
        }
    }

    @Test
    void theHealthyLabAnswersTheNameAndItsAddress() throws Exception {
        assertEquals("api-sse.cisco.com has address 198.51.100.66\nstatus=0\n"
                        + "66.100.51.198.in-addr.arpa domain name pointer ec2-198-51-100-66.compute-1.amazonaws.com.\nstatus=0\n",
                expert("ftd01-healthy", "host api-sse.cisco.com", "host 198.51.100.66"));
    }

    @Test
    void aMissingNameIsNxdomainAndADeadServerTimesOut() throws Exception {
        assertEquals("Host api-sse.cisco.com not found: 3(NXDOMAIN)\nstatus=1\n",
                expert("ftd01-nxdomain", "host api-sse.cisco.com"));
        String dead = expert("ftd01-dns", "host -W 1 -R 0 api-sse.cisco.com");
        assertEquals(";; connection timed out; no servers could be reached\nstatus=1\n", dead);
    }

    @Test
    void rootHasTheToolsWhereWhichFindsThem() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-healthy"))) {
            ftd.run("expert", new CapturingIo());
            assertEquals(0, ftd.run("sudo su -", CapturingIo.answering("Admin123")));
            assertEquals("root@ftd01:~# ", ftd.prompt());
            CapturingIo io = new CapturingIo();
            ftd.run("which host ifconfig ntpq; echo status=$?; which telnetd; echo status=$?; host -t MX api-sse.cisco.com",
                    io);
            assertEquals("/usr/bin/host\n/sbin/ifconfig\n/usr/bin/ntpq\nstatus=0\nstatus=1\n"
                    + "api-sse.cisco.com has no MX record\n", io.stdout());
        }
    }
}
