package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LINA's ping at {@code >} and LINA's ping and traceroute in the diagnostic CLI, on the lab network's ICMP rules: a
 * host whose 443 is dropped answers, an address nobody owns does not, a dead DNS fails at the name. The labs' clocks
 * are pinned, so the 2-second waits for missing replies pass at once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LinaPingLabTest {
    private static final String HEAD = "Type escape sequence to abort.\nSending 5, 100-byte ICMP Echos to %s, timeout is 2 seconds:\n";
    private static SimulatedFtd blocked;
    private static SimulatedFtd deadDns;

    @BeforeAll
    static void start() throws Exception {
        blocked = pinned("ftd01-blocked-eu");
        deadDns = pinned("ftd01-dns");
    }

    private static SimulatedFtd pinned(String name) throws Exception {
        LabFile lab = LabDevices.read(name);
        return new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
    }

    @AfterAll
    static void stop() {
        blocked.close();
        deadDns.close();
    }

    private static CapturingIo run(SimulatedFtd ftd, String line, int status) {
        CapturingIo io = new CapturingIo();
        assertEquals(status, ftd.run(line, io), line + ": " + io.text());
        return io;
    }

    @Test
    void pingAtThePromptAnswersWhere443IsDroppedAndNotWhereNobodyIs() {
        SimulatedFtd ftd = blocked.openSession();
        String out = run(ftd, "ping api.eu.sse.itd.cisco.com", 0).stdout();
        assertTrue(out.matches(String.format(HEAD, "198\\.51\\.100\\.90").replace("(", "\\(")
                + "!!!!!\nSuccess rate is 100 percent \\(5/5\\), round-trip min/avg/max = (\\d+)/(\\d+)/(\\d+) ms\n"), out);
        assertEquals(String.format(HEAD, "192.0.2.99") + "?????\nSuccess rate is 0 percent (0/5)\n",
                run(ftd, "ping 192.0.2.99", 1).stdout());
    }

    @Test
    void aDeadDnsFailsAtTheNameButAddressesAnswer() {
        SimulatedFtd ftd = deadDns.openSession();
        CapturingIo byName = run(ftd, "ping api-sse.cisco.com", 1);
        assertEquals("ERROR: % Invalid Hostname\n", byName.stderr());
        assertEquals("", byName.stdout());
        assertTrue(run(ftd, "ping 198.51.100.66", 0).stdout().contains("\n!!!!!\nSuccess rate is 100 percent (5/5)"));
        assertTrue(run(ftd, "ping 192.0.2.10", 1).stdout().contains("\n?????\n"), "the dead DNS server is silent");
    }

    @Test
    void theDiagnosticCliPingsAndTraces() {
        SimulatedFtd ftd = blocked.openSession();
        run(ftd, "system support diagnostic-cli", 0);
        assertEquals("firepower> ", ftd.prompt());
        assertTrue(run(ftd, "ping 192.0.2.1", 0).stdout().contains("\n!!!!!\nSuccess rate is 100 percent (5/5), "));
        String trace = run(ftd, "traceroute api.eu.sse.itd.cisco.com", 0).stdout();
        String[] lines = trace.split("\n");
        assertEquals("", lines[0]);
        assertEquals("Type escape sequence to abort.", lines[1]);
        assertEquals("Tracing the route to 198.51.100.90", lines[2]);
        assertEquals("", lines[3]);
        // the data path: the outside interface's gateway first (the healthy base's data interfaces)
        assertTrue(lines[4].matches(" 1  10\\.10\\.10\\.1 \\d+ msec \\d+ msec \\d+ msec"), trace);
        assertTrue(lines[5].matches(" 2  198\\.51\\.100\\.90 \\d+ msec \\d+ msec \\d+ msec"), trace);
        assertEquals(6, lines.length, trace);
        String silent = run(ftd, "traceroute 192.0.2.99", 0).stdout();
        // off the outside subnet: its gateway answers, then nobody
        assertTrue(silent.contains("\n\n 1  10.10.10.1 ") && silent.contains("\n 2  * * *\n 3  * * *\n")
                && silent.endsWith("\n30  * * *\n"), silent);
        assertEquals(34, silent.split("\n").length, "the gateway and 29 silent hops: " + silent);
    }
}
