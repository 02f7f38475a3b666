package io.fpsh.sim;

import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SharedLab;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.fpsh.sim.ScriptedIo.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many devices of one {@link SharedLab} (a served fleet run with {@code --parallel 32}) curl the same SSE host at
 * once, on the lab's first use: every one gets its TLS handshake and its answer, none is cut off after its Client
 * hello (curl 35, what the playbook calls TLS-HANGUP on a healthy device).
 */
class SharedLabConcurrentTlsTest {
    /** The bench's --parallel 32: twice what the lab's HTTPS server served at once before (16). */
    private static final int DEVICES = 32;
    private static final String CURL = "curl -v -sS --cacert /ngfw/etc/ssl/connectorCA.pem -o /dev/null --max-time 15 "
            + "https://api-sse.cisco.com";

    @TempDir
    Path dir;

    @Test
    void everyDeviceOfAFleetGetsItsHandshakeWhenTheyAllCurlAtOnce() throws Exception {
        LabFile file = LabDevices.read(FastLab.write(dir, "ftd01-healthy").toString());
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
        try (SharedLab lab = new SharedLab(file)) {
            List<SimulatedFtd> devices = new ArrayList<>();
            for (int n = 1; n <= DEVICES; n++) {
                SimulatedFtd ftd = lab.device(String.format("ftd%04d", n),
                        new DeviceState.Ipv4("Manual", "198.18.0." + n, "255.254.0.0", "198.19.255.254"),
                        new DeviceState.Hardware(String.format("9d4b06f4-f4d2-11e9-8c86-0050568000%02x", n),
                                String.format("00:50:56:80:00:%02X", n)));
                run(ftd, "expert", 0);
                devices.add(ftd);
            }
            // each curl holds its connection until its answer; the barrier puts all the first ones on the wire at once
            CyclicBarrier start = new CyclicBarrier(DEVICES);
            List<Future<CapturingIo>> curls = new ArrayList<>();
            for (SimulatedFtd ftd : devices) {
                curls.add(pool.submit(() -> {
                    CapturingIo io = CapturingIo.answering();
                    start.await(30, TimeUnit.SECONDS);
                    ftd.run(CURL, io);
                    return io;
                }));
            }
            List<String> cutOff = new ArrayList<>();
            for (int n = 0; n < DEVICES; n++) {
                CapturingIo io = curls.get(n).get(60, TimeUnit.SECONDS);
                if (!io.stderr().contains("< HTTP/1.1 403 Forbidden")) {
                    cutOff.add(String.format("ftd%04d: ", n + 1) + lastLines(io.stderr()));
                }
            }
            assertEquals(List.of(), cutOff.subList(0, Math.min(3, cutOff.size())),
                    cutOff.size() + " of " + DEVICES + " devices' curls got no answer; the first ones");
            devices.forEach(SimulatedFtd::close);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String lastLines(String stderr) {
        String[] lines = stderr.strip().split("\n");
        return String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - 3), lines.length));
    }
}
