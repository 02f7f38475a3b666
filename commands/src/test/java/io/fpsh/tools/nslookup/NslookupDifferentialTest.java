package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.TestDnsServer;
import io.fpsh.net.dns.TestNetwork;
import io.fpsh.testkind.RealTool;
import java.net.DatagramSocket;
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
 * fpsh's nslookup (9.18 dialect) against the real BIND 9.18 nslookup, both asking the same test servers on
 * 127.0.0.1; only the port differs in the text, and is masked. Skipped where /usr/bin/nslookup is missing
 * (apt-get install bind9-dnsutils).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@RealTool
class NslookupDifferentialTest {

    private static final String REAL_NSLOOKUP = "/usr/bin/nslookup";
    private static TestDnsServer authoritative;
    private static TestDnsServer caching;
    private static int closedPort;

    @BeforeAll
    static void startServers() throws Exception {
        authoritative = LabZone.authoritative();
        caching = LabZone.caching();
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closedPort = probe.getLocalPort(); // nothing listens there once closed: ICMP port unreachable
        }
    }

    @AfterAll
    static void stopServers() {
        authoritative.close();
        caching.close();
    }

    @ParameterizedTest(name = "nslookup {0}")
    @ValueSource(strings = {
            "ftd01.lab.test",
            "multi.lab.test",
            "dual.lab.test",
            "six.lab.test",
            "www.lab.test",
            "dangling.lab.test",
            "nosuch.lab.test",
            "api-sse.invalid",
            "broken.lab.test",
            "refused.lab.test",
            "notimp.lab.test",
            "127.0.0.10",
            "127.0.0.99",
            "::1",
            "FTD01.Lab.Test",
            "ftd01.lab.test.",
            "-type=A dual.lab.test",
            "-type=AAAA dual.lab.test",
            "-type=aaaa ftd01.lab.test",
            "-type=PTR 10.0.0.127.in-addr.arpa",
            "-type=CNAME www.lab.test",
            "-type=CNAME ftd01.lab.test",
            "-type=MX lab.test",
            "-type=NS lab.test",
            "-type=TXT lab.test",
            "-type=SOA lab.test",
            "-type=SRV _https._tcp.lab.test",
            "-q=AAAA -t=1 -ret=1 dual.lab.test",
            "-type=A 127.0.0.10",
            "-foo ftd01.lab.test",
            "-type=BOGUS ftd01.lab.test",
            "-timeout=x ftd01.lab.test",
            "ftd01.lab.test 127.0.0.1 extra",
            "-timeout=1 -retry=1 slow.lab.test",
            "-timeout=1 -retry=2 slow.lab.test",
            "-timeout=1 -retry=0 slow.lab.test",
            "-retry= -timeout=1 slow.lab.test",
            "-ti=1 ftd01.lab.test",
            "-timeout=0 -retry=1 ftd01.lab.test",
    })
    void matchesTheRealNslookup(String words) throws Exception {
        compare(authoritative, words);
    }

    @ParameterizedTest(name = "non-authoritative: nslookup {0}")
    @ValueSource(strings = {"ftd01.lab.test", "www.lab.test", "127.0.0.10", "nosuch.lab.test",
            "-type=AAAA ftd01.lab.test", "-type=MX lab.test"})
    void matchesTheRealNslookupForNonAuthoritativeAnswers(String words) throws Exception {
        compare(caching, words);
    }

    @ParameterizedTest(name = "closed port: nslookup {0}")
    @ValueSource(strings = {"ftd01.lab.test", "-retry=1 ftd01.lab.test"})
    void matchesTheRealNslookupWhenNothingListens(String words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REAL_NSLOOKUP)), "real nslookup not installed");
        List<String> args = args(closedPort, words);
        Captured real = Captured.real(REAL_NSLOOKUP, args).maskPort(closedPort);
        TestNetwork network = new TestNetwork()
                .route("127.0.0.1", closedPort, new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort));
        Captured fpsh = Captured.fpsh(nslookup(network), args).maskPort(closedPort);
        assertEquals(real, fpsh);
    }

    private static void compare(TestDnsServer server, String words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REAL_NSLOOKUP)), "real nslookup not installed");
        List<String> args = args(server.port(), words);
        Captured real = Captured.real(REAL_NSLOOKUP, args).maskPort(server.port());
        TestNetwork network = new TestNetwork().route("127.0.0.1", server.port(), server.endpoint());
        Captured fpsh = Captured.fpsh(nslookup(network), args).maskPort(server.port());
        assertEquals(real, fpsh);
    }

    /** "-port=N" first, then the words, then the server 127.0.0.1 unless the words name one. */
    private static List<String> args(int port, String words) {
        List<String> args = new ArrayList<>();
        args.add("-port=" + port);
        args.addAll(Arrays.asList(words.split(" ")));
        if (args.stream().noneMatch(a -> a.equals("127.0.0.1"))) args.add("127.0.0.1");
        return args;
    }

    private static Captured.Tool nslookup(TestNetwork network) {
        ResolvConf conf = ResolvConf.of(IpLiteral.parse("127.0.0.1").orElseThrow());
        return new Nslookup(conf, network, "9.18.49-1~deb12u3-Debian")::run;
    }
}
