package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The device's ifconfig against this machine's net-tools ifconfig: the same layout, scaling and errors. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IfconfigDifferentialTest {
    private static final String REAL = "/usr/sbin/ifconfig";
    private static final Pattern BYTES = Pattern.compile("bytes (\\d+) \\(([^)]+)\\)");
    private static SimulatedFtd ftd;

    @BeforeAll
    static void open() throws Exception {
        LabFile lab = LabDevices.read("ftd01-healthy");
        ftd = new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
        ftd.run("expert", new CapturingIo());
    }

    @AfterAll
    static void close() {
        ftd.close();
    }

    private static CapturingIo fpsh(String line) {
        CapturingIo io = new CapturingIo();
        ftd.run(line, io);
        return io;
    }

    private static String real(String... args) throws Exception {
        assumeTrue(new File(REAL).canExecute(), "net-tools ifconfig not installed");
        List<String> command = new ArrayList<>(List.of(REAL));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** The layout only: no IPv6 (the device's ip addr has none), names, addresses, MACs and figures masked. */
    private static String layout(String block) {
        return block.replaceAll("(?m)^        inet6 .*\n", "")
                .replaceAll("(?m)^[^ :]+:", "IF:")
                .replaceAll("\\([\\d.]+ [KMGTPE]?i?B\\)", "(SIZE)")
                .replaceAll("\\b\\p{XDigit}{2}(:\\p{XDigit}{2}){5}\\b", "MAC")
                .replaceAll("\\d+\\.\\d+\\.\\d+\\.\\d+", "A")
                .replaceAll("\\d+", "N");
    }

    /** The first block of {@code ifconfig -a} here that is an up Ethernet interface, as the device's management one. */
    private static String realEthernetBlock() throws Exception {
        for (String block : real("-a").split("\n\n")) {
            if (block.contains("flags=4163<UP,BROADCAST,RUNNING,MULTICAST>") && block.contains(" ether ")
                    && block.contains("        inet ")) {
                return block + "\n\n";
            }
        }
        assumeTrue(false, "no up Ethernet interface with an IPv4 address here");
        return null;
    }

    @Test
    @RealTool
    void theLoopbackAndManagementBlocksHaveNetToolsLayout() throws Exception {
        assertEquals(layout(real("lo")), layout(fpsh("ifconfig lo").stdout()));
        String eth = fpsh("ifconfig eth0").stdout();
        assertEquals(layout(realEthernetBlock()), layout(eth));
        assertTrue(eth.contains("inet 192.0.2.27  netmask 255.255.255.0  broadcast 192.0.2.255"), eth);
        assertTrue(eth.contains("ether 00:50:56:b3:9d:a5") && eth.contains("mtu 1500"), "the model's MAC and MTU: " + eth);
        String all = fpsh("ifconfig").stdout();
        assertEquals(List.of("eth0", "lo"), blockNames(all), "sorted by name as net-tools lists them");
    }

    @Test
    @RealTool
    void bytesAreScaledAsNetToolsDoes() throws Exception {
        Matcher pair = BYTES.matcher(real("-a"));
        int checked = 0;
        while (pair.find()) {
            assertEquals(pair.group(2), IfconfigText.scaled(Long.parseLong(pair.group(1))), pair.group());
            checked++;
        }
        assertTrue(checked >= 2, "figures to compare");
    }

    @Test
    @RealTool
    void anUnknownInterfaceIsNetToolsError() throws Exception {
        CapturingIo io = fpsh("ifconfig nosuch0");
        assertEquals(real("nosuch0"), io.stderr());
        assertEquals("", io.stdout());
    }

    @Test
    void countersDifferAndGrowWithLabTime() {
        String before = fpsh("ifconfig").stdout();
        ftd.state().clock().advance(Duration.ofMinutes(10));
        String after = fpsh("ifconfig").stdout();
        List<Long> early = figures(before);
        List<Long> late = figures(after);
        assertEquals(early.size(), late.size());
        for (int i = 0; i < early.size(); i++) {
            assertTrue(late.get(i) > early.get(i), "grows: " + before + after);
        }
        assertNotEquals(early.get(0), early.get(2), "the management interface's RX and TX differ");
        assertNotEquals(early.get(0), early.get(4), "the management interface and the loopback differ");
        assertFalse(before.contains("bytes 0 "), before);
        assertEquals(early.subList(4, 6), early.subList(6, 8), "the loopback receives what it sends");
    }

    private static List<Long> figures(String text) {
        List<Long> figures = new ArrayList<>();
        Matcher m = Pattern.compile("[RT]X packets (\\d+)  bytes (\\d+)").matcher(text);
        while (m.find()) {
            figures.add(Long.parseLong(m.group(1)));
            figures.add(Long.parseLong(m.group(2)));
        }
        return figures;
    }

    private static List<String> blockNames(String text) {
        return text.lines().filter(l -> !l.isEmpty() && !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(':'))).toList();
    }
}
