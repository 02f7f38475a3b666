package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What free text the anonymizer must leave alone, and the forms of an original it must still find. */
class LabAnonymizerTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code lines} as one lab's log lines, anonymized together (so one original is one replacement). */
    private static List<String> anonymized(String... lines) {
        ObjectNode lab = JSON.createObjectNode();
        lab.set("log", JSON.valueToTree(List.of(lines)));
        JsonNode out = LabAnonymizer.anonymize(lab);
        return JSON.convertValue(out.get("log"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    @Test
    void versionsTimesFilesAndTheUnsecretAreLeftAlone() {
        List<String> kept = List.of(
                "Cisco Adaptive Security Appliance Software Version 9.18.2.200",
                "Version 6.7.0.2 (Build 24), rules 2019-08-12-001-vrt, VDB 309, bind 9.11.4",
                "2020-04-08T01:20:00Z -05:00 Tue Apr  7 18:02:11 UTC 2020",
                "/ngfw/etc/ssl/connectorCA.pem /etc/resolv.conf ActionQueueScrape.pl events.go:93 connector.properties",
                "java.net.ConnectException at sun.security.ssl.Alert",
                "127.0.0.1:8989 0.0.0.0/0 255.255.255.252 224.0.0.251 ::1 :: ff02::1 2001:db8::5",
                "192.0.2.10 198.51.100.66 203.0.113.9 00:00:5E:00:53:01 ff:ff:ff:ff:ff:ff",
                "api-sse.cisco.com est.sco.cisco.com eventing-ingest.eu.sse.itd.cisco.com www.example.com",
                "ETag: \"5e17b3f8-9\" Keep-Alive: timeout=5 tcp 0 0 *:443 LISTEN",
                "ftd01 firepower admin root");
        assertEquals(kept, anonymized(kept.toArray(String[]::new)));
    }

    @Test
    void everyFormOfOneAddressGetsTheSameReplacement() {
        List<String> out = anonymized("54.210.17.66", "dial tcp 54.210.17.66:443: i/o timeout",
                "ec2-54-210-17-66.compute-1.amazonaws.com", "66.17.210.54.in-addr.arpa", "https://54.210.17.66/x",
                "10.1.1.7/24 via 10.1.1.1");
        String address = out.get(0);
        assertTrue(address.matches("198\\.51\\.100\\.66"), "a public address keeps its host part where free: " + address);
        assertEquals("dial tcp " + address + ":443: i/o timeout", out.get(1));
        assertEquals("ec2-198-51-100-66.compute-1.amazonaws.com", out.get(2));
        assertEquals("66.100.51.198.in-addr.arpa", out.get(3));
        assertEquals("https://" + address + "/x", out.get(4));
        assertEquals("192.0.2.7/24 via 192.0.2.1", out.get(5));
    }

    @Test
    void addressesNeverCollideWithTheDocumentationOnesKept() {
        List<String> out = anonymized("192.0.2.1 is the lab's", "10.9.9.1 and 172.16.0.1 and 192.168.1.1");
        assertEquals("192.0.2.1 is the lab's", out.get(0));
        String[] mapped = out.get(1).split(" and ");
        assertEquals(3, java.util.Set.of(mapped).size(), out.get(1));
        for (String address : mapped) {
            assertTrue(address.startsWith("192.0.2.") && !address.equals("192.0.2.1"), out.get(1));
        }
    }

    @Test
    void ipv6MacsAndUuidsKeepTheirSpelling() {
        List<String> out = anonymized("fe80::250:56ff:fe8a:1c7f%eth0 and [2600:1f18:24e6:b900::27]:443 and 2600:1f18:24e6:b900::28",
                "0050.568a.1c7f 00-50-56-8A-1C-7F 00:50:56:8a:1c:7f",
                "9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8 9D4B06F4-F4D2-11E9-8C86-EB98E807D9D8");
        assertEquals("2001:db8:0:2::1%eth0 and [2001:db8:0:1::1]:443 and 2001:db8:0:1::2", out.get(0),
                "one /64 stays one /64");
        assertEquals("0000.5e00.5301 00-00-5E-00-53-01 00:00:5e:00:53:01", out.get(1));
        assertEquals("00000000-0000-4000-8000-000000000001 00000000-0000-4000-8000-000000000001", out.get(2));
    }

    @Test
    void secretsAreRedactedWhereverTheyAreWritten() {
        List<String> out = anonymized("curl -x http://jdoe:S3cr3t@proxy.acme.io:8080 https://api-sse.cisco.com",
                "GET /v1/x?access_token=abc123&page=2", "Proxy-Authorization: Basic amRvZTpTM2NyM3Q=",
                "password=hunter2 api_key: \"k-1234\"", "configure manager add 10.1.1.5 cisco123 nat42");
        assertEquals("curl -x http://user1:REDACTED@proxy1.example.com:8080 https://api-sse.cisco.com", out.get(0));
        assertEquals("GET /v1/x?access_token=REDACTED&page=2", out.get(1));
        assertEquals("Proxy-Authorization: Basic REDACTED", out.get(2));
        assertEquals("password=REDACTED api_key: \"REDACTED\"", out.get(3));
        assertEquals("configure manager add 192.0.2.5 REDACTED REDACTED", out.get(4));
    }
}
