package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.TestDnsServer;
import io.fpsh.net.dns.TestNetwork;
import io.fpsh.tools.nslookup.NslookupResult.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xbill.DNS.Rcode;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class NslookupTest {

    private static final String MODERN = "9.18.49-1~deb12u3-Debian";
    private static final String LEGACY = "9.11.4-P2-RedHat-9.11.4-26.P2.el7";

    private TestDnsServer lab;
    private TestDnsServer failing;
    private TestNetwork network;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        lab = LabZone.authoritative();
        failing = TestDnsServer.start().rcode("ftd01.lab.test", Rcode.SERVFAIL);
        network = new TestNetwork()
                .route("192.0.2.10", 53, lab.endpoint())
                .route("192.0.2.20", 53, failing.endpoint());
    }

    @AfterEach
    void stop() {
        lab.close();
        failing.close();
    }

    private NslookupResult run(String resolvConf, String version, String... args) throws InterruptedException {
        Nslookup nslookup = new Nslookup(ResolvConf.parse(resolvConf), network, version);
        return nslookup.lookup(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private static InetAddress ip(String literal) { return IpLiteral.parse(literal).orElseThrow(); }

    @Test
    void dialectFollowsTheBindVersion() {
        assertEquals(BindDialect.BIND_9_18, BindDialect.forVersion("9.18.49-1~deb12u3-Debian"));
        assertEquals(BindDialect.BIND_9_18, BindDialect.forVersion("9.20.1"));
        assertEquals(BindDialect.BIND_9_11, BindDialect.forVersion("9.11.4-P2"));
        assertEquals(BindDialect.BIND_9_11, BindDialect.forVersion("9.16.23"));
    }

    @Test
    void resultCarriesServerNameAndAddresses() throws Exception {
        NslookupResult result = run("nameserver 192.0.2.10\n", MODERN, "dual.lab.test");
        assertEquals(Outcome.FOUND, result.outcome());
        assertEquals(0, result.exitCode());
        assertEquals("192.0.2.10", result.server());
        assertEquals(new InetSocketAddress(ip("192.0.2.10"), 53), result.serverAddress());
        assertEquals("dual.lab.test", result.name());
        assertEquals(List.of(ip("127.0.0.41"), ip("::1")), result.addresses());
        assertEquals(List.of(new LookupAnswer("dual.lab.test", "A", "127.0.0.41"),
                new LookupAnswer("dual.lab.test", "AAAA", "::1")), result.answers());
    }

    @Test
    void reverseLookupResultNamesThePtrTarget() throws Exception {
        NslookupResult result = run("nameserver 192.0.2.10\n", MODERN, "127.0.0.10");
        assertEquals("10.0.0.127.in-addr.arpa\tname = ftd01.lab.test.\n\n", stdout());
        assertEquals(List.of(new LookupAnswer("10.0.0.127.in-addr.arpa", "PTR", "ftd01.lab.test.")), result.answers());
        assertEquals("192.0.2.10", result.server());
        assertEquals(Outcome.FOUND, result.outcome());
    }

    @Test
    void nxdomainIsAFailedResult() throws Exception {
        NslookupResult result = run("nameserver 192.0.2.10\n", MODERN, "nosuch.lab.test");
        assertEquals(Outcome.NXDOMAIN, result.outcome());
        assertEquals(1, result.exitCode());
        assertTrue(result.addresses().isEmpty());
    }

    @Test
    void searchListAppliesToDotlessNames() throws Exception {
        NslookupResult result = run("nameserver 192.0.2.10\nsearch other.test lab.test\n", MODERN, "ftd01");
        assertEquals(List.of(ip("127.0.0.10")), result.addresses());
        assertEquals("Server:\t\t192.0.2.10\nAddress:\t192.0.2.10#53\n\nName:\tftd01.lab.test\nAddress: 127.0.0.10\n\n",
                stdout());
    }

    @Test
    void servfailTriesTheNextResolvConfServer() throws Exception {
        // recorded with BIND 9.18.49 and two nameservers, the first answering SERVFAIL
        NslookupResult result = run("nameserver 192.0.2.20\nnameserver 192.0.2.10\n", MODERN, "ftd01.lab.test");
        assertEquals(";; Got SERVFAIL reply from 192.0.2.20, trying next server\n"
                + "Server:\t\t192.0.2.10\nAddress:\t192.0.2.10#53\n\nName:\tftd01.lab.test\nAddress: 127.0.0.10\n"
                + ";; Got SERVFAIL reply from 192.0.2.20, trying next server\n\n", stdout());
        assertEquals(0, result.exitCode());
    }

    @Test
    void timeoutsOnTheFirstServerThenTheSecondAnswers() throws Exception {
        // shape recorded with BIND 9.18.49 (search foo.test lab.test, first server a black hole, -retry=1):
        // each search candidate and the AAAA query start again at the first server
        run("nameserver 192.0.2.99\nnameserver 192.0.2.10\nsearch foo.test lab.test\n", MODERN,
                "-timeout=1", "-retry=1", "ftd01");
        String timedOut = ";; communications error to 192.0.2.99#53: timed out\n";
        assertEquals(timedOut + timedOut + "Server:\t\t192.0.2.10\nAddress:\t192.0.2.10#53\n\n"
                + "Name:\tftd01.lab.test\nAddress: 127.0.0.10\n" + timedOut + "\n", stdout());
    }

    @Test
    void lostServerTimesOutInThe918Words() throws Exception {
        NslookupResult result = run("nameserver 192.0.2.99\noptions timeout:1 attempts:2\n", MODERN, "ftd01.lab.test");
        assertEquals(";; communications error to 192.0.2.99#53: timed out\n".repeat(2)
                + ";; no servers could be reached\n\n", stdout());
        assertEquals(Outcome.NO_SERVERS, result.outcome());
        assertEquals(1, result.exitCode());
    }

    @Test
    void lostServerTimesOutInThe911Words() throws Exception {
        // the Cisco guide's expert-mode output (BIND 9.11 era); the final blank line is assumed as in 9.18
        long start = System.nanoTime();
        NslookupResult result = run("nameserver 192.0.2.99\n", LEGACY, "-timeout=1", "-retry=2", "api-sse.cisco.com");
        assertEquals(";; connection timed out; no servers could be reached\n\n", stdout());
        assertEquals(1, result.exitCode());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(1900));
    }

    @Test
    void unresolvableServerNameIsFatal() throws Exception {
        NslookupResult result = run("nameserver 192.0.2.10\n", MODERN, "ftd01.lab.test", "nosuch.lab.test");
        assertEquals("", stdout());
        assertEquals("nslookup: couldn't get address for 'nosuch.lab.test': not found\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(Outcome.NO_LOOKUP, result.outcome());
        assertEquals(1, result.exitCode());
    }

    @Test
    void versionGoesToStderr() throws Exception {
        assertEquals(0, run("", MODERN, "-version").exitCode());
        assertEquals("nslookup 9.18.49-1~deb12u3-Debian\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void interruptStopsALookupPromptly() {
        Thread caller = Thread.currentThread();
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            caller.interrupt();
        });
        long start = System.nanoTime();
        assertThrows(InterruptedException.class, () -> run("nameserver 192.0.2.10\n", MODERN, "slow.lab.test"));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
        Thread.interrupted();
    }
}
