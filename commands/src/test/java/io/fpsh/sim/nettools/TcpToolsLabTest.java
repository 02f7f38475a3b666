package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** telnet and nc in the expert shell reach the labs' real servers as curl does: open, refused, dropped, no route. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TcpToolsLabTest {
    private static SimulatedFtd healthy;
    private static SimulatedFtd rejecting;

    @BeforeAll
    static void start() throws Exception {
        healthy = new SimulatedFtd(LabDevices.read("ftd01-healthy"));
        healthy.run("expert", new CapturingIo());
        rejecting = new SimulatedFtd(LabDevices.read("ftd01-port-reject"));
        rejecting.run("expert", new CapturingIo());
    }

    @AfterAll
    static void stop() {
        healthy.close();
        rejecting.close();
    }

    private static CapturingIo run(SimulatedFtd ftd, String line, int status) {
        CapturingIo io = new CapturingIo();
        assertEquals(status, ftd.run(line, io), line + ": " + io.text());
        return io;
    }

    @Test
    void ncSaysWhetherPort443Answers() {
        assertEquals("Connection to api-sse.cisco.com 443 port [tcp/https] succeeded!\n",
                run(healthy, "nc -zv api-sse.cisco.com 443", 0).stderr());
        assertEquals("nc: connect to api-sse.cisco.com port 443 (tcp) failed: Connection refused\n",
                run(rejecting, "nc -zv api-sse.cisco.com 443", 1).stderr());
        assertEquals("nc: connect to 192.0.2.99 port 443 (tcp) timed out: Operation now in progress\n",
                run(healthy, "nc -zv -w 1 192.0.2.99 443", 1).stderr(), "a dropped SYN, cut short by -w");
        assertEquals("nc: connect to 203.0.113.7 port 443 (tcp) failed: No route to host\n",
                run(healthy, "nc -zv 203.0.113.7 443", 1).stderr());
        assertEquals("nc: getaddrinfo for host \"nosuch.invalid\" port 443: Name or service not known\n",
                run(healthy, "nc -zv nosuch.invalid 443", 1).stderr());
        assertTrue(run(healthy, "nc -q 1 x 443", 1).stderr().startsWith("nc: invalid option -- 'q'\nusage: nc "));
    }

    @Test
    void telnetTalksToTheServer() {
        CapturingIo io = new CapturingIo();
        healthy.run("printf 'hello\\r\\n' | telnet api-sse.cisco.com 443", io); // the TLS server may hang up first: status 1
        assertTrue(io.stdout().startsWith("Trying 198.51.100.66...\nConnected to api-sse.cisco.com.\nEscape character is '^]'.\n"),
                io.stdout());
        assertEquals("Trying 198.51.100.66...\n", run(rejecting, "telnet api-sse.cisco.com 443", 1).stdout());
        assertEquals("telnet: Unable to connect to remote host: Connection refused\n",
                run(rejecting, "telnet api-sse.cisco.com 443", 1).stderr());
        assertEquals("telnet: could not resolve nosuch.invalid/443: Name or service not known\n",
                run(healthy, "telnet nosuch.invalid 443", 1).stderr());
    }

    @Test
    void ipAndRouteShowTheManagementSettingsAndFollowThem() {
        String addr = run(healthy, "ip addr", 0).stdout();
        assertTrue(addr.contains("\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000\n"
                + "    link/ether 00:50:56:b3:9d:a5 brd ff:ff:ff:ff:ff:ff\n    inet 192.0.2.27/24 brd 192.0.2.255 scope global eth0\n"), addr);
        assertEquals("default via 192.0.2.1 dev eth0 \n192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.27 \n",
                run(healthy, "ip r", 0).stdout());
        SimulatedFtd other = healthy.openSession();
        run(other, "configure network ipv4 manual 10.1.2.3 255.255.0.0 10.1.0.1", 0);
        try {
            assertTrue(run(healthy, "route -n", 0).stdout().endsWith(
                    "0.0.0.0         10.1.0.1        0.0.0.0         UG    0      0        0 eth0\n"
                            + "10.1.0.0        0.0.0.0         255.255.0.0     U     0      0        0 eth0\n"));
        } finally {
            run(other, "configure network ipv4 manual 192.0.2.27 255.255.255.0 192.0.2.1", 0);
        }
        assertEquals("Object \"foo\" is unknown, try \"ip help\".\n", run(healthy, "ip foo", 1).stderr());
    }
}
