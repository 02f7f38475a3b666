package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The device's ip and route against this machine's iproute2 and net-tools: layouts equal, addresses masked. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IpRouteDifferentialTest {

    private static String real(String... command) throws Exception {
        assumeTrue(new File(command[0]).canExecute(), command[0] + " not installed");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static String fpsh(String line) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-healthy"))) {
            ftd.run("expert", new CapturingIo());
            CapturingIo io = new CapturingIo();
            assertEquals(0, ftd.run(line, io));
            return io.stdout();
        }
    }

    private static String masked(String text) {
        return text.replaceAll("\\d+\\.\\d+\\.\\d+\\.\\d+", "A").replaceAll("dev \\S+", "dev IF").replaceAll("\\S+$", "IF");
    }

    @Test
    @RealTool
    void theLoopbackBlockOfIpAddrIsIproute2s() throws Exception {
        // the device has no IPv6 on lo: this machine's inet6 line and its lifetimes go
        String real = real("/usr/sbin/ip", "addr", "show", "lo").replaceAll("    inet6 .*\n       valid_lft .*\n", "");
        String fpsh = fpsh("ip addr");
        assertEquals(real, fpsh.substring(0, fpsh.indexOf("\n2: ") + 1));
    }

    @Test
    @RealTool
    void ipRouteAndRouteNHaveTheRealLayouts() throws Exception {
        String realRoute = real("/usr/sbin/ip", "route").lines().filter(l -> l.startsWith("default ") || l.contains(" proto kernel scope link "))
                .limit(2).map(l -> masked(l) + "\n").reduce("", String::concat);
        String fpshRoute = fpsh("ip route").lines().map(l -> masked(l) + "\n").reduce("", String::concat);
        assertEquals(realRoute, fpshRoute);
        String realTable = real("/usr/sbin/route", "-n");
        String fpshTable = fpsh("route -n");
        assertEquals(realTable.lines().limit(2).toList(), fpshTable.lines().limit(2).toList(), "the headings");
        assertEquals(realTable.lines().skip(2).limit(1).map(l -> l.replaceAll("\\d+\\.\\d+\\.\\d+\\.\\d+ *", "A ").replaceAll("\\S+$", "IF")).toList(),
                fpshTable.lines().skip(2).limit(1).map(l -> l.replaceAll("\\d+\\.\\d+\\.\\d+\\.\\d+ *", "A ").replaceAll("\\S+$", "IF")).toList(),
                "the default route's row");
    }
}
