package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabCache;
import io.fpsh.lab.LabException;
import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabLoader;
import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.NslookupProbe;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anonymizer on a lab shaped as a capture of a real site would be: ftd01-dns (merged over its base) with the
 * documentation values swapped for real-looking ones (a bank's private network, AWS's public addresses, its domain,
 * a VMware MAC, a real-looking UUID and serial, a proxy account) and log lines naming them.
 */
class LabAnonymizerTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Each original the site would not want in a TAC case's lab: none may be left anywhere in the output. */
    private static final List<String> ORIGINALS = List.of("10.40.8.", "172.16.5.100", "54.210.17.", "3.120.44.", "52.14.",
            "ec2-54-210", "acme-bank", "fw-nyc-edge01", "fmc-nyc", "ns-nyc", "3f1c9a2e-8b7d-11ee-9c41-0242ac120002",
            "00:50:56:8A:1C:7F", "JAD2118079B", "9A7XK2PLQ4M", "jdoe", "netops", "proxysvc", "Pr0xyS3cret!",
            "Adm1nNyc#2024", "k7Hq9zR2mVx", "eyJhbGciOi", "nyc-regkey-77", "natid-55", "acme-secops",
            "2600:1f18:24e6:b900", "fe80::250:56ff:fe8a:1c7f", "Acme Bank", "New York");
    /** Swaps ftd01-dns's documentation values for a real site's. */
    private static final String[][] SITE = {
            {"192.0.2.100", "172.16.5.100"}, {"192.0.2.10", "10.40.8.10"}, {"192.0.2.11", "10.40.8.11"},
            {"192.0.2.27", "10.40.8.27"}, {"192.0.2.1\n", "10.40.8.1\n"}, {"host: 192.0.2.5", "host: fmc-nyc.corp.acme-bank.com"},
            {"198.51.100.66", "54.210.17.66"}, {"198-51-100-66", "54-210-17-66"},
            {"198.51.100.246", "54.210.17.246"}, {"198-51-100-246", "54-210-17-246"}, {"198.51.100.234", "52.14.9.234"},
            {"198.51.100.70", "3.120.44.70"}, {"198-51-100-70", "3-120-44-70"},
            {"hostname: ftd01", "hostname: fw-nyc-edge01"}, {"9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8", "3f1c9a2e-8b7d-11ee-9c41-0242ac120002"},
            {"00:50:56:B3:9D:A5", "00:50:56:8A:1C:7F"}, {"searchDomains: []", "searchDomains: [corp.acme-bank.com, acme-bank.com]"},
            {"password: Admin123", "password: \"Adm1nNyc#2024\""}};
    /** What a capture adds: log lines, the proxy, the CLI's own words. Valid lab fields, so the result still loads. */
    private static final String CAPTURED = """
            network:
              proxy: {address: 10.40.9.50, port: 3128, user: proxysvc, password: "Pr0xyS3cret!"}
              tlsInspection: {subject: "C=US, ST=New York, L=New York, O=Acme Bank, Inc., CN=Acme Bank Inspection CA", sendRoot: false}
            teaching:
              title: Captured from fw-nyc-edge01.corp.acme-bank.com
              story: |
                Apr  8 01:19:55 fw-nyc-edge01 SF-IMS[7741]: Serial Number: JAD2118079B, case opened by jdoe@acme-bank.com
                time="2020-04-08T01:19:58Z" level=error msg="dial tcp: lookup api-sse.cisco.com on 10.40.8.10:53: read udp 10.40.8.27:41234->10.40.8.10:53: i/o timeout"
                time="2020-04-08T01:20:00Z" level=error msg="Post \\"https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients?token=k7Hq9zR2mVx\\": dial tcp 54.210.17.66:443: i/o timeout"
                Model : Cisco Firepower Threat Defense for VMware (75) Version 6.7.0.2 (Build 24), UUID 3F1C9A2E-8B7D-11EE-9C41-0242AC120002
                eth0 HWaddr 00:50:56:8a:1c:7f inet6 fe80::250:56ff:fe8a:1c7f/64 and 2600:1f18:24e6:b900::27/64, ::1 and 127.0.0.1 mask 255.255.255.0
                Apr  8 01:19:57 fw-nyc-edge01 sshd[2201]: Accepted password for netops from 172.16.5.100 port 52114 ssh2
                Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmdGQifQ.c2lnbmF0dXJlLXZhbHVl
              objectives:
                - resolves: api-sse.cisco.com
              hints:
                - "root@fw-nyc-edge01:~# nslookup api-sse.cisco.com 10.40.8.10 (ns-nyc-1.corp.acme-bank.com), PTR 66.17.210.54.in-addr.arpa"
                - "netops ran curl -x http://proxysvc:Pr0xyS3cret!@10.40.9.50:3128 -k https://api-sse.cisco.com on /ngfw/var/log/connector/connector.log"
                - "configure manager add fmc-nyc.corp.acme-bank.com nyc-regkey-77 natid-55, cdFMC acme-secops.app.us.cdo.cisco.com"
                - "FXOS serial 9A7XK2PLQ4M, ActionQueueScrape.pl, events.go:93, /etc/resolv.conf, ec2-54-210-17-66.compute-1.amazonaws.com"
              solution:
                - configure network dns servers 10.40.8.11
              allowSolution: true
            site:
              site-proxy: "http://proxysvc:Pr0xyS3cret!@10.40.9.50:3128"
            """;

    @TempDir
    static Path dir;
    private static JsonNode incident;
    private static JsonNode anonymized;
    private static String anonymizedText;

    @BeforeAll
    static void anonymizeTheIncident() throws Exception {
        String yaml = FastLab.completeText("ftd01-dns");
        for (String[] swap : SITE) {
            assertTrue(yaml.contains(swap[0]), swap[0]);
            yaml = yaml.replace(swap[0], swap[1]);
        }
        ObjectNode lab = (ObjectNode) YAML.readTree(yaml);
        ObjectNode captured = (ObjectNode) YAML.readTree(CAPTURED);
        ((ObjectNode) lab.get("network")).setAll((ObjectNode) captured.get("network"));
        lab.set("teaching", captured.get("teaching"));
        ((ObjectNode) lab.get("site")).setAll((ObjectNode) captured.get("site"));
        incident = lab;
        anonymized = LabAnonymizer.anonymize(incident);
        anonymizedText = allText(anonymized);
    }

    @Test
    void nothingOfTheSiteIsLeft() throws Exception {
        String original = allText(incident);
        for (String secret : ORIGINALS) {
            assertTrue(original.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)), "the incident holds " + secret);
            assertFalse(anonymizedText.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
                    () -> "'" + secret + "' is left in\n" + anonymizedText);
        }
        assertTrue(anonymizedText.contains("REDACTED"), anonymizedText);
        assertEquals("REDACTED", anonymized.at("/network/proxy/password").asText());
        assertEquals("REDACTED", anonymized.at("/device/accounts/0/password").asText());
        assertEquals("admin", anonymized.at("/device/accounts/0/user").asText(), "the FTD's own account is kept");
    }

    @Test
    void ciscosNamesProductStringsAndTheUnsecretAreKept() {
        for (String kept : List.of("api-sse.cisco.com", "eventing-ingest.sse.itd.cisco.com", "est.sco.cisco.com",
                "mx01.sse.itd.cisco.com", "Cisco Firepower Threat Defense for VMWare (75)", "Version 6.7.0.2 (Build 24)",
                "Cisco Fire Linux OS v6.5.0 (build 4)", ".compute-1.amazonaws.com", ".app.us.cdo.cisco.com", "::1 and 127.0.0.1 mask 255.255.255.0",
                "O=Cisco Systems, Inc.", "CN=HydrantID Root CA", "ActionQueueScrape.pl, events.go:93, /etc/resolv.conf",
                "/ngfw/var/log/connector/connector.log", "2020-04-08T01:20:00Z", "root@", "i/o timeout", "Apr  8 01:19:55")) {
            assertTrue(anonymizedText.contains(kept), () -> "'" + kept + "' is gone from\n" + anonymizedText);
        }
        assertEquals("6.5.0", anonymized.at("/device/version").asText());
        assertEquals("255.255.255.0", anonymized.at("/management/ipv4/netmask").asText());
    }

    @Test
    void oneOriginalIsOneReplacementEverywhere() {
        String dead = anonymized.at("/dns/servers/0").asText();
        String good = anonymized.at("/network/dnsServers/1/address").asText();
        String device = anonymized.at("/management/ipv4/address").asText();
        assertEquals(dead, anonymized.at("/network/dnsServers/0/address").asText());
        assertEquals(good, anonymized.at("/site/site-dns").asText());
        assertTrue(dead.startsWith("192.0.2.") && good.startsWith("192.0.2.") && device.startsWith("192.0.2."),
                "private addresses go to 192.0.2.0/24: " + dead + " " + good + " " + device);
        assertEquals(List.of(dead, good, device), List.of("192.0.2.10", "192.0.2.11", "192.0.2.27"), "each keeps its host part");
        assertEquals("configure network dns servers " + good, anonymized.at("/teaching/solution/0").asText());
        String story = anonymized.at("/teaching/story").asText();
        assertTrue(story.contains("lookup api-sse.cisco.com on " + dead + ":53: read udp " + device + ":41234->" + dead + ":53"), story);

        String api = anonymized.at("/network/hosts/0/addresses/0").asText();
        assertTrue(api.startsWith("198.51.100.") || api.startsWith("203.0.113."), "public into 198.51.100/24, 203.0.113/24: " + api);
        assertEquals("ec2-" + api.replace('.', '-') + ".compute-1.amazonaws.com", anonymized.at("/network/hosts/0/ptr").asText());
        assertTrue(story.contains("dial tcp " + api + ":443"), story);
        String[] octets = api.split("\\.");
        assertTrue(anonymized.at("/teaching/hints/0").asText().contains(octets[3] + "." + octets[2] + "." + octets[1] + "." + octets[0] + ".in-addr.arpa"),
                "a reverse name reverses the replacement: " + anonymized.at("/teaching/hints/0").asText());
        assertNotEquals(api, anonymized.at("/network/hosts/2/addresses/0").asText(), "two addresses stay two");

        String hostname = anonymized.at("/device/hostname").asText();
        assertEquals("ftd01", hostname);
        assertTrue(story.contains(" " + hostname + " SF-IMS[7741]"), story);
        assertTrue(story.contains(" " + hostname + " sshd[2201]: Accepted password for user"), story);
        assertTrue(anonymized.at("/teaching/hints/0").asText().startsWith("root@" + hostname + ":~# "));
        String manager = anonymized.at("/managers/0/host").asText();
        assertTrue(manager.matches("fmc01\\.site1\\.example\\.com"), manager);
        assertTrue(anonymized.at("/teaching/hints/2").asText().startsWith("configure manager add " + manager + " REDACTED REDACTED"),
                anonymized.at("/teaching/hints/2").asText());
        assertEquals(List.of("site1.example.com", "example.com"), List.of(anonymized.at("/dns/searchDomains/0").asText(),
                anonymized.at("/dns/searchDomains/1").asText()), "a domain and its subdomain stay so");
        assertEquals("Captured from ftd01.site1.example.com", anonymized.at("/teaching/title").asText());

        String proxy = anonymized.at("/network/proxy/address").asText();
        String user = anonymized.at("/network/proxy/user").asText();
        assertEquals("http://" + user + ":REDACTED@" + proxy + ":3128", anonymized.at("/site/site-proxy").asText());
        assertTrue(anonymized.at("/teaching/hints/1").asText().contains("curl -x http://" + user + ":REDACTED@" + proxy + ":3128"));

        String uuid = anonymized.at("/device/uuid").asText();
        assertTrue(story.contains("UUID " + uuid.toUpperCase(Locale.ROOT)), "an upper-case spelling of one UUID: " + story);
        String mac = anonymized.at("/management/mac").asText();
        assertTrue(mac.matches("00:00:5E:00:53:[0-9A-F]{2}"), mac);
        assertTrue(story.contains("HWaddr " + mac.toLowerCase(Locale.ROOT)), story);
        assertTrue(anonymized.at("/network/tlsInspection/subject").asText().matches(
                "C=US, ST=Anystate, L=Anytown, O=Example Corp, CN=Example Corp Inspection CA"), anonymized.at("/network/tlsInspection/subject").asText());
        Matcher ipv6 = Pattern.compile("inet6 (\\S+)/64 and (\\S+)/64").matcher(story);
        assertTrue(ipv6.find(), story);
        assertTrue(ipv6.group(1).startsWith("2001:db8:") && ipv6.group(2).startsWith("2001:db8:"), ipv6.group());
    }

    @Test
    void theSameInputGivesTheSameOutputAndTheInputIsLeftAlone() throws Exception {
        JsonNode before = incident.deepCopy();
        JsonNode again = LabAnonymizer.anonymize(incident);
        assertEquals(before, incident, "the input is not changed");
        assertEquals(anonymized, again);
        assertEquals(YAML.writeValueAsString(anonymized), YAML.writeValueAsString(again));
        assertEquals(anonymized, LabAnonymizer.anonymize(anonymized), "an anonymized lab is left as it is");
    }

    @Test
    void theAnonymizedLabLoadsAndItsProbesGiveTheSameVerdicts() throws Exception {
        Path incidentFile = dir.resolve("incident.yaml");
        Path anonymizedFile = dir.resolve("incident-anonymized.yaml");
        Files.writeString(incidentFile, YAML.writeValueAsString(incident));
        Files.writeString(anonymizedFile, YAML.writeValueAsString(anonymized));
        List<String> original = verdicts(load(incidentFile));
        List<String> copy = verdicts(load(anonymizedFile));
        assertEquals(List.of("TIMEOUT", "NOERROR 54.210.17.66"), original);
        assertEquals(List.of("TIMEOUT", "NOERROR " + anonymized.at("/network/hosts/0/addresses/0").asText()), copy);
    }

    /** Shipped labs of every shape: variables, a proxy account, TLS inspection, a cdFMC, an appliance, an FMC, 7.4, a tutorial. */
    @Test
    void shippedLabsOfEveryShapeStillLoadOnceAnonymized() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String name : List.of("ftd01-dns", "ftd01-proxy", "ftd01-tls-inspection", "ftd72-cdfmc-healthy", "fpr2110-healthy",
                "fmc01-healthy", "ftd74-dns", "ftd01-tutorial", "ftd01-sse-not-linked")) {
            JsonNode lab = YAML.readTree(Files.readString(FastLab.shippedLab(name)));
            Path file = dir.resolve("shipped-" + name + ".yaml");
            Files.writeString(file, YAML.writeValueAsString(LabAnonymizer.anonymize(lab)));
            try {
                LabFile loaded = load(file);
                assertTrue(loaded.device().hostname().matches("(ftd|fmc|fpr)\\d*"), loaded.device().hostname());
            } catch (LabException e) {
                broken.add(e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }

    /** Loaded with a cache of the test's own: the anonymized copies stay out of the user's. */
    private static LabFile load(Path file) throws LabException {
        return new LabLoader(new LabCache(dir.resolve("cache"))).load(file);
    }

    /** Every key and string of the tree, one a line: what a reader of the lab file sees, unfolded. */
    private static String allText(JsonNode node) {
        StringBuilder text = new StringBuilder();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> text.append(field.getKey()).append('\n').append(allText(field.getValue())));
        } else if (node.isArray()) {
            node.forEach(element -> text.append(allText(element)));
        } else {
            text.append(node.asText()).append('\n');
        }
        return text.toString();
    }

    /** nslookup api-sse.cisco.com through each of the lab's DNS servers, the probe's typed answer. */
    private static List<String> verdicts(LabFile lab) throws Exception {
        List<String> verdicts = new ArrayList<>();
        try (SimulatedFtd ftd = new SimulatedFtd(lab);
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            for (LabFile.DnsServer server : lab.network().dnsServers()) {
                DnsLookup lookup = (DnsLookup) ProbeRunner.run(new NslookupProbe(),
                        List.of("-timeout=1", "-retry=1", "api-sse.cisco.com", server.address()), driver, Duration.ofSeconds(30)).record();
                verdicts.add(lookup.status() + lookup.answers().stream().map(a -> " " + a.data()).reduce("", String::concat));
            }
        }
        return verdicts;
    }
}
