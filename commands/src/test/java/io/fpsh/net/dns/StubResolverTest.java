package io.fpsh.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.net.HostResolver.Outcome;
import io.fpsh.net.HostResolver.Resolution;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xbill.DNS.Rcode;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class StubResolverTest {

    private TestDnsServer lab;
    private TestDnsServer backup;
    private TestNetwork network;

    @BeforeEach
    void startServers() throws Exception {
        lab = TestDnsServer.start()
                .a("ftd01.lab.test", "127.0.0.10")
                .a("dual.lab.test", "127.0.0.41").aaaa("dual.lab.test", "::1")
                .a("multi.lab.test", "127.0.0.42", "127.0.0.43")
                .cname("www.lab.test", "alias.lab.test").cname("alias.lab.test", "web.lab.test")
                .a("web.lab.test", "127.0.0.40")
                .rcode("broken.lab.test", Rcode.SERVFAIL)
                .rcode("refused.lab.test", Rcode.REFUSED)
                .silent("slow.lab.test");
        backup = TestDnsServer.start().a("broken.lab.test", "127.0.0.77");
        network = new TestNetwork()
                .route("192.0.2.11", 53, lab.endpoint())
                .route("192.0.2.12", 53, backup.endpoint());
    }

    @AfterEach
    void stopServers() {
        lab.close();
        backup.close();
    }

    private StubResolver resolver(String resolvConf) {
        return new StubResolver(ResolvConf.parse(resolvConf), network);
    }

    private static List<InetAddress> ips(String... literals) {
        return java.util.Arrays.stream(literals).map(l -> IpLiteral.parse(l).orElseThrow()).toList();
    }

    @Test
    void resolvesAThenAaaaThroughTheVirtualServer() throws Exception {
        Resolution r = resolver("nameserver 192.0.2.11\n").resolve("dual.lab.test", Duration.ofSeconds(5));
        assertEquals(Outcome.RESOLVED, r.outcome());
        assertEquals(ips("127.0.0.41", "::1"), r.addresses());
        assertEquals(ips("192.0.2.11").get(0), r.server());
        assertTrue(r.resolved());
    }

    @Test
    void followsCnameChainsAndKeepsEveryAddress() throws Exception {
        StubResolver stub = resolver("nameserver 192.0.2.11\n");
        assertEquals(ips("127.0.0.40"), stub.resolve("www.lab.test", Duration.ofSeconds(5)).addresses());
        assertEquals(ips("127.0.0.42", "127.0.0.43"),
                stub.resolve("multi.lab.test", Duration.ofSeconds(5)).addresses());
    }

    @Test
    void nxdomainIsNotFound() throws Exception {
        Resolution r = resolver("nameserver 192.0.2.11\n").resolve("nosuch.lab.test", Duration.ofSeconds(5));
        assertEquals(Outcome.NOT_FOUND, r.outcome());
        assertTrue(r.addresses().isEmpty());
    }

    @Test
    void servfailMovesOnToTheNextServer() throws Exception {
        Resolution r = resolver("nameserver 192.0.2.11\nnameserver 192.0.2.12\n")
                .resolve("broken.lab.test", Duration.ofSeconds(5));
        assertEquals(Outcome.RESOLVED, r.outcome());
        assertEquals(ips("127.0.0.77"), r.addresses());
        assertEquals(ips("192.0.2.12").get(0), r.server());
    }

    @Test
    void servfailOrRefusedEverywhereIsServerFailure() throws Exception {
        StubResolver stub = resolver("nameserver 192.0.2.11\noptions attempts:1\n");
        assertEquals(Outcome.SERVER_FAILURE, stub.resolve("broken.lab.test", Duration.ofSeconds(5)).outcome());
        assertEquals(Outcome.SERVER_FAILURE, stub.resolve("refused.lab.test", Duration.ofSeconds(5)).outcome());
    }

    @Test
    void lostDatagramsTimeOutAfterTimeoutTimesAttempts() throws Exception {
        // 192.0.2.99 has no route: the datagrams vanish, nothing is ever sent to the virtual address
        Resolution r = resolver("nameserver 192.0.2.99\noptions timeout:1 attempts:1\n")
                .resolve("ftd01.lab.test", Duration.ofSeconds(10));
        assertEquals(Outcome.TIMED_OUT, r.outcome());
        assertBetween(r.took(), 900, 1800);
    }

    @Test
    void silentServerTimesOutPerAttempt() throws Exception {
        Resolution r = resolver("nameserver 192.0.2.11\noptions timeout:1 attempts:2\n")
                .resolve("slow.lab.test", Duration.ofSeconds(10));
        assertEquals(Outcome.TIMED_OUT, r.outcome());
        assertBetween(r.took(), 1900, 3000);
        assertEquals(4, lab.queryCount()); // A and AAAA, two attempts
    }

    @Test
    void callersDeadlineWins() throws Exception {
        Resolution r = resolver("nameserver 192.0.2.11\n").resolve("slow.lab.test", Duration.ofMillis(300));
        assertEquals(Outcome.TIMED_OUT, r.outcome());
        assertBetween(r.took(), 250, 900);
    }

    @Test
    void interruptStopsTheWaitPromptly() throws Exception {
        StubResolver stub = resolver("nameserver 192.0.2.11\n");
        Thread caller = Thread.currentThread();
        CompletableFuture.runAsync(() -> {
            sleep(200);
            caller.interrupt();
        });
        long start = System.nanoTime();
        assertThrows(InterruptedException.class, () -> stub.resolve("slow.lab.test", Duration.ofSeconds(10)));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
        Thread.interrupted();
    }

    @Test
    void dotlessNamesTryTheSearchListFirst() throws Exception {
        Resolution r = resolver("nameserver 192.0.2.11\nsearch other.test lab.test\n")
                .resolve("ftd01", Duration.ofSeconds(5));
        assertEquals(ips("127.0.0.10"), r.addresses());
        List<String> namesAsked = lab.queryLog().stream().map(q -> q.substring(0, q.indexOf('/'))).distinct().toList();
        assertEquals(List.of("ftd01.other.test.", "ftd01.lab.test."), namesAsked);
    }

    @Test
    void ipLiteralsNeedNoQuery() throws Exception {
        Resolution r = resolver("nameserver 192.0.2.11\n").resolve("198.51.100.7", Duration.ofSeconds(5));
        assertEquals(ips("198.51.100.7"), r.addresses());
        assertEquals(0, lab.queryCount());
        assertTrue(network.udpRequests().isEmpty());
    }

    private static void assertBetween(Duration took, long minMillis, long maxMillis) {
        long ms = took.toMillis();
        assertTrue(ms >= minMillis && ms <= maxMillis, "took " + ms + " ms, expected " + minMillis + ".." + maxMillis);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
