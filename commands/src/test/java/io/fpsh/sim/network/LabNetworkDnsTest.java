package io.fpsh.sim.network;

import static io.fpsh.sim.network.DefaultLab.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.testkind.RealTool;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** The default lab's DNS: 192.0.2.11 answers, 192.0.2.10 never does, other addresses lose the datagram. */
class LabNetworkDnsTest {
    private static LabNetwork network;

    @BeforeAll
    static void open() {
        network = new LabNetwork(DefaultLab.lab(), DefaultLab::start);
    }

    @AfterAll
    static void close() {
        network.close();
    }

    private static InetSocketAddress dnsServer(String labAddress) {
        InetSocketAddress endpoint = network.udp(address(labAddress), 53).orElseThrow(() -> new AssertionError(labAddress));
        assertTrue(endpoint.getAddress().isLoopbackAddress(), endpoint.toString());
        return endpoint;
    }

    private static Message query(InetSocketAddress server, String name, int type, Duration timeout) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(timeout);
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), type, DClass.IN)));
    }

    private static List<String> answers(Message response) {
        return response.getSection(Section.ANSWER).stream().map(r -> r.rdataToString()).toList();
    }

    @Test
    void theWorkingServerAnswersAAndPtrOverDnsjava() throws Exception {
        InetSocketAddress server = dnsServer("192.0.2.11");
        Message a = query(server, "api-sse.cisco.com.", Type.A, Duration.ofSeconds(2));
        assertEquals(Rcode.NOERROR, a.getRcode());
        assertEquals(List.of("198.51.100.66"), answers(a));
        String reverse = ReverseMap.fromAddress("198.51.100.66").toString();
        assertEquals("66.100.51.198.in-addr.arpa.", reverse);
        Message ptr = query(server, reverse, Type.PTR, Duration.ofSeconds(2));
        assertEquals(List.of("ec2-198-51-100-66.compute-1.amazonaws.com."), answers(ptr));
    }

    @RealTool
    @Test
    void theWorkingServerAnswersRealDig() throws Exception {
        int port = dnsServer("192.0.2.11").getPort();
        LocalTools.Result a = LocalTools.run(Duration.ofSeconds(10), "dig", "@127.0.0.1", "-p", String.valueOf(port),
                "+time=2", "+tries=1", "+short", "api-sse.cisco.com", "A");
        assertEquals(0, a.exit(), a.all());
        assertEquals("198.51.100.66", a.stdout().strip());
        LocalTools.Result ptr = LocalTools.run(Duration.ofSeconds(10), "dig", "@127.0.0.1", "-p", String.valueOf(port),
                "+time=2", "+tries=1", "+short", "-x", "198.51.100.66");
        assertEquals(0, ptr.exit(), ptr.all());
        assertEquals("ec2-198-51-100-66.compute-1.amazonaws.com.", ptr.stdout().strip());
    }

    @RealTool
    @Test
    void theConfiguredServerIsSilent() throws Exception {
        InetSocketAddress server = dnsServer("192.0.2.10");
        assertThrows(IOException.class, () -> query(server, "api-sse.cisco.com.", Type.A, Duration.ofMillis(700)));
        LocalTools.Result dig = LocalTools.run(Duration.ofSeconds(10), "dig", "@127.0.0.1", "-p", String.valueOf(server.getPort()),
                "+time=1", "+tries=1", "api-sse.cisco.com");
        assertEquals(9, dig.exit(), "dig exits 9 when no server replies: " + dig.all());
        assertTrue(dig.all().contains("timed out"), dig.all());
    }

    @Test
    void addressesWithoutADnsServerLoseTheDatagram() {
        assertTrue(network.udp(address("192.0.2.99"), 53).isEmpty());
        assertTrue(network.udp(address("198.51.100.66"), 53).isEmpty(), "a web host is no DNS server");
        assertTrue(network.udp(address("192.0.2.11"), 5353).isEmpty(), "only port 53 is served");
    }

    @Test
    void everyQueryToTheSameAddressReachesTheSameServer() {
        assertEquals(dnsServer("192.0.2.11"), dnsServer("192.0.2.11"));
    }
}
