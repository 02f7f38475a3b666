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

/** The device's ping against this machine's iputils ping on 127.0.0.1: the same lines, times masked. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PingDifferentialTest {
    private static final File REAL_PING = new File("/usr/bin/ping");

    @Test
    @RealTool
    void pingsLoopbackAsTheRealPingDoes() throws Exception {
        assumeTrue(REAL_PING.canExecute(), "real ping (iputils-ping) not installed");
        Process process = new ProcessBuilder(REAL_PING.getPath(), "-c", "3", "127.0.0.1").redirectErrorStream(true).start();
        String real = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-healthy"))) {
            ftd.run("expert", new CapturingIo());
            CapturingIo io = new CapturingIo();
            assertEquals(0, ftd.run("ping -c 3 127.0.0.1", io));
            assertEquals(masked(real), masked(io.text()));
        }
    }

    /** Times vary from run to run; their places and formats must not. */
    private static String masked(String text) {
        return text.replaceAll("time=\\d+\\.\\d{3} ms", "time=T ms").replaceAll("time \\d+ms", "time Tms")
                .replaceAll("= \\d+\\.\\d{3}/\\d+\\.\\d{3}/\\d+\\.\\d{3}/\\d+\\.\\d{3} ms", "= R ms");
    }
}
