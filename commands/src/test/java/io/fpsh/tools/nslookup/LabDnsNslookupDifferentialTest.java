package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.TestNetwork;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.network.LabNetwork;
import io.fpsh.testkind.RealTool;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fpsh's nslookup against the real BIND 9.18 nslookup, both asking the default lab's working DNS server (192.0.2.11,
 * a real UDP server on 127.0.0.1): reverse lookups of an address with a PTR and of one without (no Server header
 * and no "Non-authoritative answer:" in either, as the real tool prints them), lab names, public names and names
 * that cannot exist. Skipped where /usr/bin/nslookup is missing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@RealTool
class LabDnsNslookupDifferentialTest {

    private static final String REAL_NSLOOKUP = "/usr/bin/nslookup";
    private static LabNetwork network;
    private static InetSocketAddress server;

    @BeforeAll
    static void startLab() throws Exception {
        network = new LabNetwork(LabDevices.read("ftd01-dns"), java.time.Instant::now);
        server = network.udp(InetAddress.getByName("192.0.2.11"), 53).orElseThrow();
    }

    @AfterAll
    static void stopLab() {
        network.close();
    }

    @ParameterizedTest(name = "nslookup {0}")
    @ValueSource(strings = {
            "198.51.100.66",
            "198.51.100.234",
            "198.51.100.67",
            "192.0.2.11",
            "api-sse.cisco.com",
            "ec2-198-51-100-66.compute-1.amazonaws.com",
            "cisco.com",
            "www.cisco.com",
            "-type=AAAA cisco.com",
            "-type=PTR 66.100.51.198.in-addr.arpa",
            "api-sse.invalid",
    })
    void matchesTheRealNslookupOnTheLabsServer(String words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REAL_NSLOOKUP)), "real nslookup not installed");
        int port = server.getPort();
        List<String> args = new ArrayList<>();
        args.add("-port=" + port);
        args.addAll(Arrays.asList(words.split(" ")));
        args.add("127.0.0.1");
        Captured real = Captured.real(REAL_NSLOOKUP, args).maskPort(port);
        TestNetwork loopback = new TestNetwork().route("127.0.0.1", port, server);
        ResolvConf conf = ResolvConf.of(IpLiteral.parse("127.0.0.1").orElseThrow());
        Captured fpsh = Captured.fpsh(new Nslookup(conf, loopback, "9.18.49-1~deb12u3-Debian")::run, args).maskPort(port);
        assertEquals(real, fpsh);
    }
}
