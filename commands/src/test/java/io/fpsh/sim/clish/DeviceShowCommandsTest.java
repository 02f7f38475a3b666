package io.fpsh.sim.clish;

import io.fpsh.drive.CapturingIo;
import io.fpsh.ftd.NtpStatus;
import io.fpsh.ftd.ShowNtpParser;
import io.fpsh.ftd.ShowNtpRenderer;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.ScriptedIo;
import io.fpsh.sim.StateViews;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The show commands of issue 11 on the shipped 6.5 lab and on a 7.4 variant with NTP servers and static routes. */
class DeviceShowCommandsTest {
    @TempDir
    static Path dir;
    private static SimulatedFtd six;
    private static SimulatedFtd seven;

    @BeforeAll
    static void open() throws Exception {
        LabFile shipped = LabDevices.read("ftd01-dns");
        six = new SimulatedFtd(shipped, new LabClock(shipped.clock().start(), true));
        String yaml = FastLab.completeText("ftd01-dns");
        String variant = yaml.replace("version: 6.5.0", "version: 7.4.1")
                .replace("  port: 8305\n", "  port: 8305\n  staticRoutes:\n"
                        + "    - {interfaceName: eth0, destination: 10.0.0.0, netmask: 255.0.0.0, gateway: 192.0.2.1}\n")
                + "\nntp:\n  - {address: 198.51.100.123, offsetMicros: -250, lastUpdateSeconds: 12}\n"
                + "  - {address: 198.51.100.124, status: Not Reachable}\n";
        Path file = dir.resolve("ftd01-74.yaml");
        Files.writeString(file, variant);
        LabFile lab = LabDevices.read(file.toString());
        seven = new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
    }

    @AfterAll
    static void close() {
        six.close();
        seven.close();
    }

    private static String out(SimulatedFtd ftd, String line) {
        return ScriptedIo.run(ftd, line, 0).stdout();
    }

    @Test
    void showNtpNamesTheManagerWhenTheLabHasNoNtpServers() {
        assertEquals("""
                NTP Server                : 192.0.2.5
                Status                    : Being Used
                Offset                    : 0.013 (milliseconds)
                Last Update               : 36 (seconds)
                """, out(six, "show ntp"));
    }

    @Test
    void showNtpListsTheLabsServersAndReadsBackToTheModel() {
        String shown = out(seven, "show ntp");
        assertEquals("""
                NTP Server                : 198.51.100.123
                Status                    : Being Used
                Offset                    : -0.250 (milliseconds)
                Last Update               : 12 (seconds)

                NTP Server                : 198.51.100.124
                Status                    : Not Reachable
                Offset                    : 0.013 (milliseconds)
                Last Update               : 36 (seconds)
                """, shown);
        NtpStatus model = StateViews.ntp(seven.state());
        assertEquals(model, ShowNtpParser.parse("> show ntp\n" + shown + ">"));
        assertEquals(shown, ShowNtpRenderer.render(ShowNtpParser.parse(shown)));
    }

    @Test
    void theNtpParserReadsThePublicSampleWithItsUnpaddedLabels() {
        NtpStatus parsed = ShowNtpParser.parse("""
                > show ntp
                NTP Server : 203.0.113.126
                Status : Being Used
                Offset : 0.013 (milliseconds)
                Last Update : 36 (seconds)
                """);
        assertEquals(List.of(new NtpStatus.Server("203.0.113.126", "Being Used", 0.013, 36)), parsed.servers());
        assertEquals("203.0.113.126", parsed.inUse().address());
    }

    @Test
    void showTimeIsTheLabClocksTimeInUtcAndLocal() {
        assertEquals("UTC - Wed Apr  8 01:20:00 UTC 2020\nLocaltime - Wed Apr  8 01:20:00 UTC 2020\n", out(six, "show time"));
    }

    @Test
    void staticRoutesComeFromTheLabAndFollowConfigureAddAndDelete() {
        assertEquals("", out(six, "show network-static-routes"));
        assertEquals("""
                ---------------[ IPv4 Static Routes ]---------------
                Interface                 : eth0
                Destination               : 10.0.0.0
                Gateway                   : 192.0.2.1
                Netmask                   : 255.0.0.0
                """, out(seven, "show network-static-routes"));
        out(six, "configure network static-routes ipv4 add eth0 198.51.100.0 255.255.255.0 192.0.2.1");
        assertEquals("Route already exists.\n", ScriptedIo.run(six,
                "configure network static-routes ipv4 add eth0 198.51.100.0 255.255.255.0 192.0.2.1", 1).stderr());
        assertTrue(out(six, "show network-static-routes").contains("Destination               : 198.51.100.0\n"));
        out(six, "configure network static-routes ipv4 delete eth0 198.51.100.0 255.255.255.0 192.0.2.1");
        assertEquals("", out(six, "show network-static-routes"));
        assertEquals("Route does not exist.\n", ScriptedIo.run(six,
                "configure network static-routes ipv4 delete eth0 198.51.100.0 255.255.255.0 192.0.2.1", 1).stderr());
    }

    @Test
    void interfaceIpBriefIsThereFromSevenFourOnly() {
        assertEquals("Syntax error: Illegal parameter\n", ScriptedIo.run(six, "show interface ip brief", 1).stderr());
        assertEquals("""
                Interface                  IP-Address      OK? Method Status                Protocol
                GigabitEthernet0/0         10.10.10.2      YES manual up                    up
                GigabitEthernet0/1         10.20.20.1      YES manual up                    up
                Management0/0              unassigned      YES unset  up                    up
                """, out(seven, "show interface ip brief"));
        // the healthy base's data interfaces first (issue 11 §1), then the diagnostic interface
        assertTrue(out(six, "show interface").startsWith(
                "Interface GigabitEthernet0/0 \"outside\", is up, line protocol is up\n"));
        assertTrue(out(six, "show interface").contains(
                "\nInterface Management0/0 \"diagnostic\", is up, line protocol is up\n"));
        assertTrue(out(six, "show interface").contains("\tMAC address 0050.56b3.9da5, MTU 1500\n"));
    }

    @Test
    void runningConfigTakesTheClishPipes() {
        String config = out(six, "show running-config");
        assertTrue(config.startsWith(": Saved\n:\nNGFW Version 6.5.0\n"), config);
        assertEquals("hostname firepower\n", out(six, "show running-config | include hostname"));
        assertEquals("hostname firepower\n", out(six, "sh run | inc ^host"));
        assertEquals("hostname firepower\n", out(six, "show running-config | grep host"));
        assertEquals("NGFW Version 6.5.0\n", out(six, "show running-config|include Version"));
        assertTrue(out(six, "show running-config | begin names").startsWith("names\n!\ninterface GigabitEthernet0/0\n"));
        assertEquals("route outside 0.0.0.0 0.0.0.0 10.10.10.1 1\n", out(six, "show running-config | include ^route"));
        assertTrue(!out(six, "show running-config | exclude !").contains("!"));
        assertEquals(config.replace("!\n", ""), out(six, "show running-config | grep -v ^!"));
        assertEquals("Syntax error: Illegal parameter\n", ScriptedIo.run(six, "show running-config | sort", 1).stderr());
        assertEquals("Syntax error: The command is not completed\n",
                ScriptedIo.run(six, "show running-config | include", 1).stderr());
        assertEquals("Syntax error: Illegal command line\n", ScriptedIo.run(six, "| include x", 1).stderr());
        assertTrue(out(six, "history").contains("show running-config | include hostname\n"));
    }

    @Test
    void showDiskIsADfTableWithHumanSizes() {
        String disk = out(six, "show disk");
        assertTrue(disk.startsWith("Filesystem  Size  Used Avail Use% Mounted on\n"), disk);
        assertTrue(disk.contains("/dev/sda6   7.5G  1.6G  6.0G  21% /ngfw/Volume\n"), disk);
    }

    @Test
    void techSupportOpensWithTheVersionBlockAndCarriesTheOtherViews() {
        String report = out(six, "show tech-support");
        assertTrue(report.startsWith(out(six, "show version")), report);
        for (String part : List.of(out(six, "show network"), out(six, "show ntp"), out(six, "show running-config"),
                "--------------------[ show ntp ]--------------------\n")) {
            assertTrue(report.contains(part), part);
        }
        assertEquals("Failover Off\n", out(six, "show tech-support | include ^Failover Off"));
    }
}
