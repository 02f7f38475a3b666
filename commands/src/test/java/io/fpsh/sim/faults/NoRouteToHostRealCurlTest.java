package io.fpsh.sim.faults;

import io.fpsh.testkind.Netns;
import io.fpsh.testkind.RealTool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * fpsh's curl 7.88 on a lab address outside the lab against the real curl 7.88.1 in the same situation: a device
 * behind a router that answers ICMP host unreachable for 203.0.113.0/24. The real one runs in a private network
 * namespace (the router) holding another one (the device), joined by a veth pair; nothing leaves them. Needs root,
 * unshare, nsenter and iproute2 (CI runs as root); skipped otherwise.
 */
@Timeout(60)
@Netns
@RealTool
class NoRouteToHostRealCurlTest {
    /** The router's namespace (this script's) and the device's, then the line in the device's. */
    private static final String NAMESPACES = """
            exec 3>&2 2>/dev/null
            ip link set lo up
            sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
            ip route add unreachable 203.0.113.0/24
            ip link add r0 type veth peer name d0
            ip addr add 192.0.2.1/24 dev r0 && ip link set r0 up
            unshare -n sleep 60 & device=$!
            for i in $(seq 50); do [ "$(readlink /proc/$device/ns/net)" != "$(readlink /proc/self/ns/net)" ] && break; sleep 0.1; done
            ip link set d0 netns /proc/$device/ns/net
            nsenter --net=/proc/$device/ns/net sh -c 'ip link set lo up; ip addr add 192.0.2.27/24 dev d0; ip link set d0 up; ip route add default via 192.0.2.1'
            sleep 0.5
            exec 2>&3
            nsenter --net=/proc/$device/ns/net sh -c "$1" 2>&1; status=$?
            kill $device
            exit $status
            """;

    @TempDir
    Path dir;

    private record Run(String text, int exit) {}

    @Test
    void fpshSaysWhatTheRealCurlSaysBehindAnUnreachableRoute() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "real curl not installed");
        Run probe = real("id -u");
        assumeTrue(probe.exit() == 0 && probe.text().strip().equals("0"), "needs root, unshare and nsenter: " + probe);
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns", yaml -> yaml.replace("curlVersion: 7.44.0", "curlVersion: 7.88.1"))) {
            lab.run("configure network dns servers 192.0.2.11", 0);
            lab.asRoot();
            for (String line : List.of("curl -sS https://203.0.113.7/", "curl -sv http://203.0.113.7:8443/",
                    "curl https://203.0.113.7/ -s -S -o /dev/null -w '%{http_code} %{exitcode}\\n' 2>/dev/null")) {
                Run real = real(line);
                var fpsh = lab.run(line, real.exit());
                assertEquals(masked(real.text()), masked(fpsh.stdout() + fpsh.stderr()), line);
            }
        }
    }

    private static String masked(String text) {
        return text.replaceAll("after \\d+ ms", "after N ms");
    }

    private static Run real(String line) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("unshare", "-n", "bash", "-c", NAMESPACES, "namespaces", line)
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the namespaces did not finish: " + line);
        }
        return new Run(new String(out, StandardCharsets.UTF_8), process.exitValue());
    }
}
