package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.TestDnsServer;
import io.fpsh.net.dns.TestNetwork;
import io.fpsh.testkind.RealTool;
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

/** fpsh's host against the real BIND 9.18 host on the same test server (its port masked). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostDifferentialTest {

    private static final String REAL_HOST = "/usr/bin/host";
    private static TestDnsServer lab;

    @BeforeAll
    static void start() throws Exception {
        lab = LabZone.authoritative();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    /** The words before the server: the name (and options); the server is always the test one. */
    @ParameterizedTest(name = "host {0}")
    @ValueSource(strings = {"ftd01.lab.test", "www.lab.test", "multi.lab.test", "dual.lab.test", "six.lab.test",
            "lab.test", "dangling.lab.test", "nosuch.lab.test", "broken.lab.test", "refused.lab.test",
            "-t MX lab.test", "-t TXT lab.test", "-t NS lab.test", "-t SOA lab.test", "-t SRV _https._tcp.lab.test",
            "-t MX ftd01.lab.test", "-t AAAA www.lab.test", "-t A nosuch.lab.test", "127.0.0.10", "127.0.0.11",
            "-W 1 -R 0 slow.lab.test", "-W 1 -R 2 slow.lab.test", "-W 1 slow.lab.test", "-V"})
    @RealTool
    void matchesTheRealHost(String words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REAL_HOST)), "real host not installed");
        List<String> args = new ArrayList<>(List.of("-p", String.valueOf(lab.port())));
        args.addAll(Arrays.asList(words.split(" ")));
        args.add("127.0.0.1");
        Captured real = Captured.real(REAL_HOST, args).maskPort(lab.port());
        TestNetwork network = new TestNetwork().route("127.0.0.1", lab.port(), lab.endpoint());
        Host host = new Host(ResolvConf.of(IpLiteral.parse("127.0.0.1").orElseThrow()), network, "9.18.49-1~deb12u3-Debian");
        assertEquals(real, Captured.fpsh(host::run, args).maskPort(lab.port()));
    }
}
