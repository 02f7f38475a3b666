package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ping system} and {@code traceroute system} on the labs: a lab whose firewall drops 443 still answers ping
 * and shows the path; a lab whose DNS is dead fails at the name, until its DNS is fixed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PingSystemLabTest {
    private static SimulatedFtd blocked;
    private static SimulatedFtd deadDns;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        blocked = new SimulatedFtd(LabDevices.read("ftd01-blocked-eu"));
        deadDns = new SimulatedFtd(LabDevices.read(FastLab.write(dir, "ftd01-dns").toString()));
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
    void aLabThatDropsPort443StillAnswersPing() {
        String out = run(blocked, "ping system api.eu.sse.itd.cisco.com count 2", 0).stdout();
        assertTrue(out.startsWith("PING api.eu.sse.itd.cisco.com (198.51.100.90) 56(84) bytes of data.\n"), out);
        assertTrue(out.matches("(?s).*\n64 bytes from ec2-198-51-100-90\\.eu-central-1\\.compute\\.amazonaws\\.com "
                + "\\(198\\.51\\.100\\.90\\): icmp_seq=2 ttl=63 time=\\d+\\.\\d ms\n.*"), out);
        assertTrue(out.contains("\n--- api.eu.sse.itd.cisco.com ping statistics ---\n2 packets transmitted, 2 received, "
                + "0% packet loss, time "), out);
        assertTrue(out.matches("(?s).*\nrtt min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms\n"), out);
    }

    @Test
    void tracerouteReachesTheHostWhose443IsDropped() {
        String out = run(blocked, "traceroute system api.eu.sse.itd.cisco.com", 0).stdout();
        String[] lines = out.split("\n");
        assertEquals("traceroute to api.eu.sse.itd.cisco.com (198.51.100.90), 30 hops max, 60 byte packets", lines[0]);
        assertTrue(lines[1].startsWith(" 1  192.0.2.1 (192.0.2.1)  0."), out);
        assertTrue(lines[2].startsWith(" 2  ec2-198-51-100-90.eu-central-1.compute.amazonaws.com (198.51.100.90)  "), out);
        assertEquals(3, lines.length, out);
    }

    @Test
    void aDeadDnsFailsAtTheNameAndWorksOnceFixed() throws Exception {
        SimulatedFtd ftd = deadDns.openSession();
        CapturingIo io = run(ftd, "ping system api-sse.cisco.com count 2", 1);
        assertEquals("ping: unknown host api-sse.cisco.com\n", io.stderr());
        assertEquals("", io.stdout());
        CapturingIo trace = run(ftd, "traceroute system api-sse.cisco.com", 1);
        assertEquals("api-sse.cisco.com: Temporary failure in name resolution\n"
                + "Cannot handle \"host\" cmdline arg `api-sse.cisco.com' on position 1 (argc 1)\n", trace.stderr());
        assertTrue(run(ftd, "ping system 198.51.100.66 count 1", 0).stdout().contains("64 bytes from 198.51.100.66: icmp_seq=1 "),
                "routing is fine: only names fail");
        run(ftd, "configure network dns servers 192.0.2.11", 0);
        try {
            assertTrue(run(ftd, "ping system api-sse.cisco.com count 1", 0).stdout().contains(" received, 0% packet loss"));
        } finally {
            run(ftd, "configure network dns servers 192.0.2.10", 0);
        }
    }

    @Test
    void theDeadServerItselfDoesNotAnswerAndTheInternetIsUnreachable() {
        SimulatedFtd expert = blocked.openSession();
        run(expert, "expert", 0);
        String silent = run(expert, "ping -c 1 -W 1 192.0.2.10", 1).stdout(); // -W: not the 10 s a clish ping waits
        assertTrue(silent.endsWith("1 packets transmitted, 0 received, 100% packet loss, time 0ms\n"), silent);
        String outside = run(blocked, "ping system 203.0.113.9 count 2", 1).stdout();
        assertTrue(outside.contains("\nFrom 192.0.2.1 icmp_seq=1 Destination Host Unreachable\n"
                + "From 192.0.2.1 icmp_seq=2 Destination Host Unreachable\n"), outside);
        assertTrue(outside.contains("2 packets transmitted, 0 received, +2 errors, 100% packet loss"), outside);
        String trace = run(blocked, "traceroute system 203.0.113.9", 0).stdout();
        assertTrue(trace.endsWith(" 2  192.0.2.1 (192.0.2.1)  3000.111 ms !H  3000.074 ms !H  3000.037 ms !H\n"), trace);
    }

    @Test
    void withoutACountPingRunsUntilCtrlC() throws Exception {
        SimulatedFtd ftd = blocked.openSession();
        CapturingIo io = new CapturingIo();
        CompletableFuture<Integer> ping = CompletableFuture.supplyAsync(() -> ftd.run("ping system 192.0.2.1", io));
        Thread.sleep(1_500);
        assertTrue(!ping.isDone(), "still pinging");
        ftd.cancel();
        assertEquals(0, ping.get(5, TimeUnit.SECONDS));
        assertTrue(io.stdout().matches("(?s).*\n--- 192\\.0\\.2\\.1 ping statistics ---\n2 packets transmitted, 2 received, .*"),
                io.stdout());
        assertEquals(0, ftd.run("show version", new CapturingIo()), "the next command runs undisturbed");
    }

    @Test
    void expertPingAndTracerouteReadTheSameRules() {
        SimulatedFtd ftd = blocked.openSession();
        run(ftd, "expert", 0);
        CapturingIo io = run(ftd, "ping -c 1 -n api.eu.sse.itd.cisco.com && traceroute -n -m 3 -w 1 192.0.2.99", 0);
        assertTrue(io.stdout().contains("\n64 bytes from 198.51.100.90: icmp_seq=1 ttl=63 time="), io.stdout());
        assertTrue(io.stdout().endsWith("3 hops max, 60 byte packets\n 1  * * *\n 2  * * *\n 3  * * *\n"), io.stdout());
        CapturingIo bad = run(ftd, "ping -x 192.0.2.1", 2);
        assertEquals("ping: invalid option -- 'x'\n" + PingCommand.USAGE + "\n", bad.stderr());
        assertEquals("ping: unknown host no-such-host.invalid\n", run(ftd, "ping -c 1 no-such-host.invalid", 2).stderr());
        assertEquals("ping: bad number of packets to transmit.\n", run(ftd, "ping -c x 192.0.2.1", 2).stderr());
    }
}
