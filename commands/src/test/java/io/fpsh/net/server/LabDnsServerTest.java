package io.fpsh.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.testkind.RealTool;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

class LabDnsServerTest {

    private static final DnsZone ZONE = new DnsZone(Map.of(
            "api-sse.cisco.com", DnsEntry.alias("api-sse.cisco.com.edgekey.net"),
            "api-sse.cisco.com.edgekey.net", DnsEntry.alias("e1234.a.akamaiedge.net"),
            "e1234.a.akamaiedge.net", DnsEntry.addresses(List.of("192.0.2.11", "192.0.2.12"), List.of("2001:db8::11")),
            "FMC.Example.COM.", DnsEntry.addresses(List.of("198.51.100.10"), null),
            "192.0.2.11", DnsEntry.pointer("api-sse.cisco.com"),
            "broken.example.com", DnsEntry.addresses(List.of("198.51.100.20"), null).withBehaviour(DnsBehaviour.SERVFAIL, null),
            "slow.example.com", DnsEntry.addresses(List.of("198.51.100.30"), null).withBehaviour(DnsBehaviour.SLOW, Duration.ofMillis(600)),
            "dangling.example.com", DnsEntry.alias("nowhere.example.com")));

    private LabDnsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Message ask(String name, int type, Duration timeout) throws IOException {
        SimpleResolver resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
        resolver.setPort(server.port());
        resolver.setTimeout(timeout);
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), type, DClass.IN)));
    }

    private static List<String> answers(Message reply) {
        return reply.getSection(Section.ANSWER).stream().map(Record::toString).map(s -> s.replaceAll("\\s+", " ")).toList();
    }

    @Test
    void followsCnameChainsAndAnswersLikeARecursiveServer() throws Exception {
        long started = System.nanoTime();
        server = LabDnsServer.start(ZONE);
        assertTrue(System.nanoTime() - started < 500_000_000L, "start-up took too long");
        assertTrue(server.port() > 0);

        Message reply = ask("api-sse.cisco.com", Type.A, Duration.ofSeconds(2));
        assertEquals(Rcode.NOERROR, reply.getRcode());
        assertTrue(reply.getHeader().getFlag(Flags.RA));
        assertTrue(!reply.getHeader().getFlag(Flags.AA));
        assertEquals(List.of(
                "api-sse.cisco.com. 300 IN CNAME api-sse.cisco.com.edgekey.net.",
                "api-sse.cisco.com.edgekey.net. 300 IN CNAME e1234.a.akamaiedge.net.",
                "e1234.a.akamaiedge.net. 300 IN A 192.0.2.11",
                "e1234.a.akamaiedge.net. 300 IN A 192.0.2.12"), answers(reply));

        // Names match case-insensitively; the answer keeps the case of the question, as real servers do.
        assertEquals(List.of("Fmc.example.com. 300 IN A 198.51.100.10"), answers(ask("Fmc.example.com", Type.A, Duration.ofSeconds(2))));
        assertTrue(answers(ask("e1234.a.akamaiedge.net", Type.AAAA, Duration.ofSeconds(2))).get(0).endsWith("AAAA 2001:db8:0:0:0:0:0:11"));
        assertEquals(List.of("11.2.0.192.in-addr.arpa. 300 IN PTR api-sse.cisco.com."),
                answers(ask("11.2.0.192.in-addr.arpa", Type.PTR, Duration.ofSeconds(2))));
    }

    @Test
    void unknownNamesGetNxdomainWithSoaAndMissingTypesGetNodata() throws Exception {
        server = LabDnsServer.start(ZONE);
        Message nx = ask("nope.example.com", Type.A, Duration.ofSeconds(2));
        assertEquals(Rcode.NXDOMAIN, nx.getRcode());
        assertEquals(Type.SOA, nx.getSection(Section.AUTHORITY).get(0).getType());
        assertEquals("example.com.", nx.getSection(Section.AUTHORITY).get(0).getName().toString());

        Message nodata = ask("fmc.example.com", Type.AAAA, Duration.ofSeconds(2));
        assertEquals(Rcode.NOERROR, nodata.getRcode());
        assertTrue(nodata.getSection(Section.ANSWER).isEmpty());
        assertEquals(Type.SOA, nodata.getSection(Section.AUTHORITY).get(0).getType());

        Message dangling = ask("dangling.example.com", Type.A, Duration.ofSeconds(2));
        assertEquals(Rcode.NXDOMAIN, dangling.getRcode());
        assertEquals(1, dangling.getSection(Section.ANSWER).size());
    }

    @Test
    void aZoneWithPublicNamesAnswersTheRestOfTheInternetFromTestNet3() throws Exception {
        Map<String, DnsEntry> entries = new java.util.LinkedHashMap<>(ZONE.entries());
        entries.put("gone.example.com", DnsEntry.nonexistent());
        server = LabDnsServer.start(new DnsZone(entries, DnsZone.DEFAULT_TTL, true));
        Message cisco = ask("cisco.com", Type.A, Duration.ofSeconds(2));
        assertEquals(Rcode.NOERROR, cisco.getRcode());
        List<String> answer = answers(cisco);
        assertEquals(1, answer.size(), answer.toString());
        assertTrue(answer.get(0).matches("cisco\\.com\\. 300 IN A 203\\.0\\.113\\.\\d+"), answer.get(0));
        assertEquals(answer.get(0).toLowerCase(java.util.Locale.ROOT),
                answers(ask("CISCO.com", Type.A, Duration.ofSeconds(2))).get(0).toLowerCase(java.util.Locale.ROOT));
        assertEquals(List.of("fmc.example.com. 300 IN A 198.51.100.10"), answers(ask("fmc.example.com", Type.A, Duration.ofSeconds(2))),
                "the zone's own names first");

        Message nodata = ask("cisco.com", Type.AAAA, Duration.ofSeconds(2));
        assertEquals(Rcode.NOERROR, nodata.getRcode());
        assertTrue(nodata.getSection(Section.ANSWER).isEmpty());
        assertEquals("cisco.com.", nodata.getSection(Section.AUTHORITY).get(0).getName().toString());

        for (String name : List.of("gone.example.com", "api-sse.invalid", "x.test", "printer.local", "nosuchtld")) {
            assertEquals(Rcode.NXDOMAIN, ask(name, Type.A, Duration.ofSeconds(2)).getRcode(), name);
        }
        assertEquals(Rcode.NXDOMAIN, ask("7.113.0.203.in-addr.arpa", Type.PTR, Duration.ofSeconds(2)).getRcode());
        assertEquals(Rcode.SERVFAIL, ask("broken.example.com", Type.A, Duration.ofSeconds(2)).getRcode());

        server.reconfigure(new DnsZone(entries, DnsZone.DEFAULT_TTL, true), DnsBehaviour.SERVFAIL, null);
        assertEquals(Rcode.SERVFAIL, ask("cisco.com", Type.A, Duration.ofSeconds(2)).getRcode(), "a broken server fails for every name");
        assertThrows(IllegalArgumentException.class,
                () -> server.reconfigure(ZONE, DnsBehaviour.NXDOMAIN, null), "NXDOMAIN is for one name");
    }

    @Test
    void perNameBehavioursOverrideANormalServer() throws Exception {
        server = LabDnsServer.start(ZONE);
        assertEquals(Rcode.SERVFAIL, ask("broken.example.com", Type.A, Duration.ofSeconds(2)).getRcode());

        long started = System.nanoTime();
        Message slow = ask("slow.example.com", Type.A, Duration.ofSeconds(3));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Rcode.NOERROR, slow.getRcode());
        assertTrue(tookMs >= 550 && tookMs < 2000, "slow answer took " + tookMs + " ms");
    }

    @Test
    void serverWideBehaviours() throws Exception {
        server = LabDnsServer.start(ZONE, DnsBehaviour.REFUSED, null);
        assertEquals(Rcode.REFUSED, ask("fmc.example.com", Type.A, Duration.ofSeconds(2)).getRcode());
        server.reconfigure(ZONE, DnsBehaviour.SERVFAIL, null);
        assertEquals(Rcode.SERVFAIL, ask("fmc.example.com", Type.A, Duration.ofSeconds(2)).getRcode());
        server.reconfigure(ZONE, DnsBehaviour.SILENT, null);
        IOException timeout = assertThrows(IOException.class, () -> ask("fmc.example.com", Type.A, Duration.ofMillis(400)));
        assertTrue(timeout.getMessage().contains("Timed out"), timeout.getMessage());
        assertTrue(server.queriesReceived() >= 3);
        assertThrows(IllegalArgumentException.class, () -> LabDnsServer.start(ZONE, DnsBehaviour.SLOW, null));
        assertThrows(IllegalArgumentException.class, () -> DnsEntry.addresses(List.of("fmc.example.com"), null));
        assertThrows(IllegalArgumentException.class, () -> DnsEntry.alias("bad..name"));
    }

    @Test
    void malformedPacketsDoNotKillTheServer() throws Exception {
        server = LabDnsServer.start(ZONE);
        try (DatagramSocket raw = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            raw.setSoTimeout(2000);
            byte[] garbage = {0x12, 0x34, 0x01, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 'a', 'b'};
            raw.send(new DatagramPacket(garbage, garbage.length, server.endpoint()));
            raw.send(new DatagramPacket(new byte[] {1, 2, 3}, 3, server.endpoint()));
            DatagramPacket reply = new DatagramPacket(new byte[512], 512);
            raw.receive(reply);
            Message formerr = new Message(java.util.Arrays.copyOf(reply.getData(), reply.getLength()));
            assertEquals(0x1234, formerr.getHeader().getID());
            assertEquals(Rcode.FORMERR, formerr.getRcode());
        }
        assertEquals(Rcode.NOERROR, ask("fmc.example.com", Type.A, Duration.ofSeconds(2)).getRcode());
    }

    @RealTool
    @Test
    void theRealDigSeesANonAuthoritativeRecursiveAnswer() throws Exception {
        server = LabDnsServer.start(ZONE);
        TestLabs.Run dig = TestLabs.run(Duration.ofSeconds(5), "dig", "@127.0.0.1", "-p", Integer.toString(server.port()),
                "api-sse.cisco.com", "A", "+tries=1", "+time=1");
        assertEquals(0, dig.exit(), dig.stdout() + dig.stderr());
        assertTrue(dig.stdout().contains("status: NOERROR"), dig.stdout());
        assertTrue(dig.stdout().matches("(?s).*flags: qr rd ra;.*"), dig.stdout());
        assertTrue(dig.stdout().matches("(?s).*e1234\\.a\\.akamaiedge\\.net\\.\\s+300\\s+IN\\s+A\\s+192\\.0\\.2\\.12.*"), dig.stdout());
        assertTrue(dig.stdout().contains("SERVER: 127.0.0.1#" + server.port()), dig.stdout());

        TestLabs.Run nx = TestLabs.run(Duration.ofSeconds(5), "dig", "@127.0.0.1", "-p", Integer.toString(server.port()),
                "nope.cisco.com", "A", "+tries=1", "+time=1");
        assertTrue(nx.stdout().contains("status: NXDOMAIN"), nx.stdout());
        assertTrue(nx.stdout().contains("AUTHORITY SECTION"), nx.stdout());

        TestLabs.Run reverse = TestLabs.run(Duration.ofSeconds(5), "dig", "@127.0.0.1", "-p", Integer.toString(server.port()),
                "-x", "192.0.2.11", "+tries=1", "+time=1", "+short");
        assertEquals("api-sse.cisco.com.", reverse.stdout().trim());
    }

    @RealTool
    @Test
    void digTimesOutAgainstASilentServer() throws Exception {
        server = LabDnsServer.start(ZONE, DnsBehaviour.SILENT, null);
        TestLabs.Run dig = TestLabs.run(Duration.ofSeconds(5), "dig", "@127.0.0.1", "-p", Integer.toString(server.port()),
                "fmc.example.com", "A", "+tries=1", "+time=1");
        assertTrue(dig.exit() != 0);
        assertTrue((dig.stdout() + dig.stderr()).contains("timed out"), dig.stdout() + dig.stderr());
        assertEquals(1, server.queriesReceived());
    }
}
