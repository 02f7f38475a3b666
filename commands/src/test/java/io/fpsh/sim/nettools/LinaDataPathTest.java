package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data interfaces of a lab (issue 11 §1): {@code show interface} and {@code ip brief} list them from the lab
 * file, LINA's running-config carries them and the default route, and LINA's ping and traceroute take the data
 * path: out of the interface named or the one the routes find (the outside gateway first), no route out of one that
 * cannot reach the host, a down interface's routes gone, and the management path where the lab has no data
 * interfaces. The lab network's ICMP rules answer either way. Lab clocks are pinned: missing replies cost no time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LinaDataPathTest {
    @TempDir
    static Path dir;
    private static SimulatedFtd healthy;
    private static SimulatedFtd outsideDown;
    private static SimulatedFtd managementOnly;

    @BeforeAll
    static void start() throws Exception {
        healthy = pinned(LabDevices.read("ftd74-healthy"));
        String yaml = FastLab.completeText("ftd01-healthy");
        outsideDown = pinned(write("outside-down", yaml.replace("securityLevel: 0, link: up,", "securityLevel: 0, link: down,")));
        managementOnly = pinned(write("no-data", yaml.replaceAll("(?s)\ninterfaces:\n(  - [^\n]*\n)+", "\ninterfaces: []\n")));
    }

    private static LabFile write(String name, String yaml) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return LabDevices.read(file.toString());
    }

    private static SimulatedFtd pinned(LabFile lab) {
        return new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
    }

    @AfterAll
    static void stop() {
        healthy.close();
        outsideDown.close();
        managementOnly.close();
    }

    private static CapturingIo run(SimulatedFtd ftd, String line, int status) {
        CapturingIo io = new CapturingIo();
        assertEquals(status, ftd.run(line, io), line + ": " + io.text());
        return io;
    }

    @Test
    void showInterfaceAndRunningConfigListTheLabsDataInterfaces() {
        SimulatedFtd ftd = healthy.openSession();
        String brief = run(ftd, "show interface ip brief", 0).stdout();
        assertTrue(brief.startsWith("Interface                  IP-Address      OK? Method Status                Protocol\n"
                + "GigabitEthernet0/0         10.10.10.2      YES manual up                    up\n"
                + "GigabitEthernet0/1         10.20.20.1      YES manual up                    up\n"), brief);
        String all = run(ftd, "show interface", 0).stdout();
        assertTrue(all.startsWith("Interface GigabitEthernet0/0 \"outside\", is up, line protocol is up\n"), all);
        assertTrue(all.contains("\tIP address 10.20.20.1, subnet mask 255.255.255.0\n"), all);
        assertTrue(run(ftd, "show running-config", 0).stdout().contains("interface GigabitEthernet0/1\n nameif inside\n"
                + " security-level 100\n ip address 10.20.20.1 255.255.255.0\n!\nroute outside 0.0.0.0 0.0.0.0 10.10.10.1 1\n"));
        run(ftd, "system support diagnostic-cli", 0);
        assertEquals(brief, run(ftd, "show interface ip brief", 0).stdout());
        assertEquals(all, run(ftd, "show interface", 0).stdout());
    }

    @Test
    void pingTakesTheInterfaceNamedOrTheRoutesOne() {
        SimulatedFtd ftd = healthy.openSession();
        assertTrue(run(ftd, "ping outside api-sse.cisco.com", 0).stdout().contains("\n!!!!!\nSuccess rate is 100 percent (5/5)"));
        assertTrue(run(ftd, "ping inside 10.20.20.1", 0).stdout().contains("\n!!!!!\n"));
        // inside carries no default route: the SSE host is not behind it
        assertEquals("Type escape sequence to abort.\nSending 5, 100-byte ICMP Echos to 198.51.100.66, timeout is 2 seconds:\n"
                + "No route to host 198.51.100.66\n\nSuccess rate is 0 percent (0/1)\n",
                run(ftd, "ping inside 198.51.100.66", 1).stdout());
        // nobody lives at .99 of the inside subnet
        assertTrue(run(ftd, "ping 10.20.20.99", 1).stdout().contains("\n?????\nSuccess rate is 0 percent (0/5)\n"));
        CapturingIo unknown = run(ftd, "ping dmz 198.51.100.66", 1);
        assertEquals("Syntax error: Illegal parameter\n", unknown.stderr());
        run(ftd, "system support diagnostic-cli", 0);
        String trace = run(ftd, "traceroute api-sse.cisco.com", 0).stdout();
        assertTrue(trace.contains("\n 1  10.10.10.1 ") && trace.contains("\n 2  198.51.100.66 "), trace);
        assertTrue(run(ftd, "traceroute inside api-sse.cisco.com", 1).stdout().endsWith("\nNo route to host 198.51.100.66\n"));
        CapturingIo refused = run(ftd, "ping dmz 198.51.100.66", 1);
        assertEquals(" ".repeat("firepower> ping ".length()) + "^\nERROR: % Invalid input detected at '^' marker.\n",
                refused.stderr());
    }

    @Test
    void aDownInterfaceLeavesTheRoutesAndWithoutDataInterfacesTheManagementPathAnswers() {
        SimulatedFtd down = outsideDown.openSession();
        assertTrue(run(down, "show interface", 0).stdout()
                .startsWith("Interface GigabitEthernet0/0 \"outside\", is down, line protocol is down\n"));
        assertTrue(run(down, "ping outside 198.51.100.66", 1).stdout().contains("\nNo route to host 198.51.100.66\n"));
        // no data route left: from-the-device traffic falls back to the management table, its gateway first
        run(down, "system support diagnostic-cli", 0);
        assertTrue(run(down, "traceroute api-sse.cisco.com", 0).stdout().contains("\n 1  192.0.2.1 "));

        SimulatedFtd management = managementOnly.openSession();
        assertEquals("", run(management, "show interface ip brief", 1).stdout(), "6.5 has no ip brief");
        assertTrue(run(management, "show interface", 0).stdout().startsWith("Interface Management0/0 \"diagnostic\""));
        assertEquals("Syntax error: Illegal parameter\n", run(management, "ping outside 198.51.100.66", 1).stderr());
        run(management, "system support diagnostic-cli", 0);
        assertTrue(run(management, "traceroute api-sse.cisco.com", 0).stdout().contains("\n 1  192.0.2.1 "));
    }
}
