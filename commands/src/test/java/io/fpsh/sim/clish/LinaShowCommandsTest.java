package io.fpsh.sim.clish;

import io.fpsh.drive.CapturingIo;
import io.fpsh.ftd.LinaCpuUsage;
import io.fpsh.ftd.LinaMemory;
import io.fpsh.ftd.LinaRoutingTable;
import io.fpsh.ftd.ShowCpuUsageParser;
import io.fpsh.ftd.ShowMemoryParser;
import io.fpsh.ftd.ShowRouteParser;
import io.fpsh.lab.LabFile;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clish's {@code show route}, {@code show memory} and {@code show cpu usage} (issue 11 §1): the route table from
 * the lab's data interfaces (a down interface's routes gone), memory and CPU agreeing with the expert shell's top,
 * each read back by its parser, abbreviations working, and the commands absent from the versions no source covers
 * (a 6.5 lab here; ShowListByVersionTest lists 7.2's {@code show route} without 7.4's {@code cpu} and {@code memory}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LinaShowCommandsTest {
    @TempDir
    static Path dir;
    private static SimulatedFtd ftd74;
    private static SimulatedFtd ftd65;
    private static SimulatedFtd outsideDown;

    @BeforeAll
    static void start() throws Exception {
        ftd74 = pinned(LabDevices.read("ftd74-healthy"));
        ftd65 = pinned(LabDevices.read("ftd01-healthy"));
        Path file = dir.resolve("outside-down.yaml");
        Files.writeString(file, """
                base: ftd74-healthy
                name: ftd74-outside-down
                description: "ftd74-healthy with its outside interface down"
                interfaces:
                  - {name: GigabitEthernet0/0, nameif: outside, address: 10.10.10.2, netmask: 255.255.255.0, securityLevel: 0, link: down, gateway: 10.10.10.1}
                """);
        outsideDown = pinned(LabDevices.read(file.toString()));
    }

    private static SimulatedFtd pinned(LabFile lab) {
        return new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
    }

    @AfterAll
    static void stop() {
        ftd74.close();
        ftd65.close();
        outsideDown.close();
    }

    private static CapturingIo run(SimulatedFtd ftd, String line, int status) {
        CapturingIo io = new CapturingIo();
        assertEquals(status, ftd.run(line, io), line + ": " + io.text());
        return io;
    }

    @Test
    void showRouteListsTheDefaultRouteAndEachInterfacesSubnetAndAddress() {
        SimulatedFtd ftd = ftd74.openSession();
        String text = run(ftd, "show route", 0).stdout();
        assertTrue(text.startsWith("\nCodes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP\n"), text);
        assertTrue(text.contains("\n       SI - Static InterVRF, BI - BGP InterVRF\n"
                + "Gateway of last resort is 10.10.10.1 to network 0.0.0.0\n\n"
                + "S*       0.0.0.0 0.0.0.0 [1/0] via 10.10.10.1, outside\n"
                + "C        10.10.10.0 255.255.255.0 is directly connected, outside\n"
                + "L        10.10.10.2 255.255.255.255 is directly connected, outside\n"
                + "C        10.20.20.0 255.255.255.0 is directly connected, inside\n"
                + "L        10.20.20.1 255.255.255.255 is directly connected, inside\n"), text);
        assertEquals(text, run(ftd, "sh rou", 0).stdout());
        LinaRoutingTable table = ShowRouteParser.parse(text);
        assertEquals("10.10.10.1", table.lastResort());
        assertEquals(List.of("S*", "C", "L", "C", "L"), table.routes().stream().map(LinaRoutingTable.Route::code).toList());
        // LINA's own config says the same default route
        assertTrue(run(ftd, "show running-config", 0).stdout().contains("route outside 0.0.0.0 0.0.0.0 10.10.10.1 1\n"));
        assertTrue(run(ftd, "show route | include S\\*", 0).stdout().startsWith("S*       0.0.0.0 0.0.0.0"));
    }

    @Test
    void aDownInterfaceTakesItsRoutesAndTheDefaultRouteWithIt() {
        String text = run(outsideDown.openSession(), "show route", 0).stdout();
        LinaRoutingTable table = ShowRouteParser.parse(text);
        assertEquals(null, table.lastResort(), text);
        assertTrue(text.contains("\nGateway of last resort is not set\n\n"
                + "C        10.20.20.0 255.255.255.0 is directly connected, inside\n"
                + "L        10.20.20.1 255.255.255.255 is directly connected, inside\n"), text);
        assertTrue(table.routes().stream().noneMatch(r -> "outside".equals(r.nameif())), text);
    }

    @Test
    void memoryAndCpuAgreeWithTheExpertShellsTop() {
        SimulatedFtd ftd = ftd74.openSession();
        String memoryText = run(ftd, "show memory", 0).stdout();
        assertTrue(memoryText.matches("(?s)Free memory: {7}\\d+ bytes \\(\\d+%\\)\nUsed memory: {7}\\d+ bytes \\(\\d+%\\)\n"
                + "-{13} {5}-{18}\nTotal memory: {6}\\d+ bytes \\(100%\\)\n\nNote: Free memory is the free system memory\\..*"),
                memoryText);
        LinaMemory memory = ShowMemoryParser.parse(memoryText);
        assertEquals(memoryText, run(ftd, "sh mem", 0).stdout());
        LinaCpuUsage cpu = ShowCpuUsageParser.parse(run(ftd, "show cpu usage", 0).stdout());
        assertEquals(run(ftd, "show cpu usage", 0).stdout(), run(ftd, "show cpu", 0).stdout());

        run(ftd, "expert", 0);
        String top = run(ftd, "top -b -n 1", 0).stdout();
        Matcher mem = Pattern.compile("KiB Mem : +(\\d+) total, +\\d+ free, +(\\d+) used, .*\n.* (\\d+) avail Mem").matcher(top);
        assertTrue(mem.find(), top);
        assertEquals(Long.parseLong(mem.group(1)) * 1024, memory.totalBytes(), top + memoryText);
        assertEquals(Long.parseLong(mem.group(2)) * 1024, memory.usedBytes(), top + memoryText);
        assertEquals(Long.parseLong(mem.group(3)) * 1024, memory.freeBytes(), top + memoryText);
        Matcher busy = Pattern.compile("%Cpu\\(s\\): +([\\d.]+) us, +([\\d.]+) sy").matcher(top);
        assertTrue(busy.find(), top);
        double topBusy = Double.parseDouble(busy.group(1)) + Double.parseDouble(busy.group(2));
        assertTrue(topBusy > 0 && Math.abs(cpu.fiveSeconds() - topBusy) <= 1, top + cpu);
        assertTrue(cpu.oneMinute() >= cpu.fiveSeconds() && cpu.fiveMinutes() >= cpu.oneMinute(), cpu.toString());
    }

    @Test
    void showDiskListsThePartitionsDfShows() {
        SimulatedFtd ftd = ftd65.openSession();
        String disk = run(ftd, "show disk", 0).stdout();
        run(ftd, "expert", 0);
        String df = run(ftd, "df -h", 0).stdout();
        List<String> dfRows = List.of(df.split("\n")).subList(1, df.split("\n").length);
        assertEquals(dfRows.size() + 1, disk.split("\n").length, disk + df);
        for (String row : dfRows) {
            // the same figures; the columns are spaced apart differently (GNU df's widths against show disk's)
            assertTrue(disk.replaceAll(" +", " ").contains(row.replaceAll(" +", " ") + "\n"), row + "\n" + disk);
        }
    }

    @Test
    void theVersionsNoSourceCoversHaveNone() {
        SimulatedFtd six = ftd65.openSession();
        for (String line : List.of("show route", "show memory", "show cpu", "show process-tree")) {
            CapturingIo io = run(six, line, 1);
            assertEquals("", io.stdout(), line);
            assertEquals("Syntax error: Illegal parameter\n", io.stderr(), line);
        }
    }
}
