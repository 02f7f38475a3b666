package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;
import io.fpsh.device.Mode;
import io.fpsh.ftd.ConnectorProperties;
import io.fpsh.ftd.Managers;
import io.fpsh.ftd.ManagerInfo;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.PmtoolStatus;
import io.fpsh.ftd.ResolvConfFile;
import io.fpsh.ftd.VersionInfo;
import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabLoader;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.Probes;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.probe.ClockReading;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.Evidence;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mapping from the probes' records to a lab, one fault kind at a time: a reading of the guide's healthy 6.5 device
 * with one thing changed must give a lab over ftd01-healthy that says that thing in the lab file's words, and the file
 * written must load as a lab.
 */
class CapturedLabTest {
    private static final String API = "api-sse.cisco.com";
    private static final String EVENTING = "eventing-ingest.sse.itd.cisco.com";
    private static final List<String> US_HOSTS = List.of(API, EVENTING, "est.sco.cisco.com", "mx01.sse.itd.cisco.com");
    /** The base's addresses of the SSE hosts (ftd01-healthy's network.hosts). */
    private static final Map<String, List<String>> ADDRESSES = Map.of(API, List.of("198.51.100.66"),
            EVENTING, List.of("198.51.100.246", "198.51.100.234"), "est.sco.cisco.com", List.of("198.51.100.70"),
            "mx01.sse.itd.cisco.com", List.of("198.51.100.80"), "api.eu.sse.itd.cisco.com", List.of("198.51.100.90"),
            "eventing-ingest.eu.sse.itd.cisco.com", List.of("198.51.100.91"));
    private static final java.time.Duration DEADLINE = java.time.Duration.ofSeconds(30);
    private static final Instant DEVICE_TIME = Instant.parse("2020-04-08T01:20:00Z");

    @TempDir
    Path folder;

    /** A reading of ftd01-healthy's device as the probes give it; each test changes one part. */
    private static final class Reading {
        String version = "6.5.0";
        String model = "Cisco Firepower Threat Defense for VMWare (75)";
        String fqdn = API;
        List<String> servers = List.of("192.0.2.11");
        NetworkInfo.Proxy proxy = new NetworkInfo.Proxy(false, null, 0, false);
        String connectorState = "Running";
        Instant serverDate = DEVICE_TIME;
        final Map<String, String> dns = new LinkedHashMap<>();      // "server host" -> status
        final Map<String, Long> patientMicros = new LinkedHashMap<>(); // server -> a slow answer's time
        final Map<String, CurlCheck> curls = new LinkedHashMap<>();
        CurlCheck verified;

        DeviceReading build() {
            Map<String, ProbeResult> probes = new LinkedHashMap<>();
            probes.put("show-version", ok("show-version", new VersionInfo("ftd01", model, version, 115,
                    "9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8", "2019-08-12-001-vrt", null, "309")));
            probes.put("show-network", ok("show-network", new NetworkInfo("ftd01", List.of(), servers, 8305, "192.0.2.1",
                    new NetworkInfo.Interface("eth0", "Enabled", "Up", "Management & Events", "Non-Autonegotiation",
                            "Auto/MDIX", 1500, "00:50:56:B3:9D:A5", "Manual", "192.0.2.27", "255.255.255.0", null, null),
                    proxy)));
            probes.put("show-managers", ok("show-managers", new Managers(List.of(ManagerInfo.manager("192.0.2.5", "Completed")))));
            probes.put("resolv-conf", ok("resolv-conf", new ResolvConfFile(servers, List.of(), List.of("timeout:5", "attempts:2"))));
            probes.put("clock", ok("clock", ClockReading.of(DEVICE_TIME, DEVICE_TIME)));
            probes.put("connector-properties", ok("connector-properties", new ConnectorProperties(fqdn, 8989, 180, Map.of())));
            probes.put("pmtool", ok("pmtool", new PmtoolStatus(List.of(
                    daemon("EventHandler", "Running", 7741), daemon("SSEConnector", connectorState, 13277),
                    daemon("ActionQueueScrape", "Running", 19094)))));
            List<String> hosts = fqdn.equals(API) ? US_HOSTS
                    : List.of("api.eu.sse.itd.cisco.com", "eventing-ingest.eu.sse.itd.cisco.com");
            List<DeviceReading.Lookup> lookups = new ArrayList<>();
            for (String server : servers) {
                for (String host : hosts) {
                    String status = dns.getOrDefault(server + " " + host, dns.getOrDefault(server, DnsLookup.NOERROR));
                    ProbeResult quick = lookup(host, server, status.equals("SLOW") ? DnsLookup.TIMEOUT : status, 900_000);
                    ProbeResult patient = status.equals("SLOW") ? lookup(host, server, DnsLookup.NOERROR,
                            patientMicros.get(server)) : status.equals(DnsLookup.TIMEOUT) ? lookup(host, server,
                            DnsLookup.TIMEOUT, 7_000_000) : null;
                    lookups.add(new DeviceReading.Lookup(server, true, host, quick, patient));
                    if (status.equals(DnsLookup.TIMEOUT)) {
                        break;
                    }
                }
            }
            List<DeviceReading.Reach> reaches = new ArrayList<>();
            for (String host : hosts) {
                CurlCheck check = curls.getOrDefault(host, answered(host, "C=US; O=HydrantID (Avalanche Cloud Corporation); "
                        + "CN=HydrantID SSL ICA G2", "2019-12-03T20:57:56Z", "2021-12-03T21:07:00Z"));
                CurlCheck ca = verified != null && host.equals(hosts.get(0)) ? verified : check.tlsVersion() == null ? null
                        : answered(host, check.certificateIssuer(), check.certificateStartDate(), check.certificateExpireDate());
                reaches.add(new DeviceReading.Reach(host, "https://" + host + "/", ok("curl", check),
                        ca == null ? null : ok("curl", ca)));
            }
            return new DeviceReading("ssh://admin@192.0.2.27", Instant.parse("2026-12-04T00:00:00Z"),
                    "Copyright 2004-2019, Cisco and/or its affiliates. All rights reserved.\n\nCisco Fire Linux OS v6.5.0 "
                            + "(build 4)\nCisco Firepower Threat Defense for VMware v6.5.0 (build 115)\n\n",
                    probes, lookups, reaches);
        }

        CurlCheck answered(String host, String issuer, String from, String to) {
            return new CurlCheck("https://" + host + "/", null, 0, "198.51.100.66", true, "198.51.100.66", 443, "TLSv1.2",
                    "ECDHE-RSA-AES128-GCM-SHA256", "C=US; CN=" + host, issuer, from, to, "ok", 0, 403, null, null,
                    serverDate.toString());
        }
    }

    private static CurlCheck failed(String host, int exit, boolean connected, String tlsError) {
        return new CurlCheck("https://" + host + "/", null, exit, "198.51.100.66", connected,
                connected ? "198.51.100.66" : null, connected ? 443 : null, null, null, null, null, null, null, null, null,
                null, null, tlsError, null);
    }

    private static PmtoolStatus.Daemon daemon(String name, String state, int pid) {
        return new PmtoolStatus.Daemon(name, "normal", state, state.equals("Running") ? pid : null, name, null, null,
                List.of(), List.of());
    }

    private static ProbeResult lookup(String host, String server, String status, long micros) {
        List<DnsLookup.Answer> answers = status.equals(DnsLookup.NOERROR)
                ? ADDRESSES.getOrDefault(host, List.of("198.51.100.99")).stream()
                        .map(address -> new DnsLookup.Answer(host, "A", address)).toList()
                : List.of();
        DnsLookup record = new DnsLookup(host, server, server + "#53", status, answers);
        return new ProbeResult("nslookup", List.of(host, server), "t", ProbeStatus.OK, record, null,
                new Evidence("text", "nslookup", Mode.EXPERT, "", 0, micros, List.of()));
    }

    private static ProbeResult ok(String probe, Record record) {
        return new ProbeResult(probe, List.of(), "t", ProbeStatus.OK, record, null,
                new Evidence("text", probe, Mode.CLISH, "", 0, 1000, List.of()));
    }

    private LabCapture.Outcome captured(Reading reading) {
        return LabCapture.write(reading.build(), List.of(), false);
    }

    /** The outcome's file loads as a lab (the merge rules and the validator agree with what was written). */
    private LabFile loaded(LabCapture.Outcome outcome) throws Exception {
        Path file = folder.resolve("captured.yaml");
        Files.writeString(file, outcome.text());
        return new LabLoader().load(file);
    }

    @Test
    void theHealthyDeviceIsItsBaseAndLoads() throws Exception {
        LabCapture.Outcome outcome = captured(new Reading());
        JsonNode lab = outcome.lab();
        assertEquals("ftd01-healthy", lab.at("/base").asText());
        assertEquals("captured-ftd01", lab.at("/name").asText());
        assertTrue(lab.at("/device").isMissingNode(), outcome.text());
        assertTrue(lab.at("/managers").isMissingNode(), outcome.text());
        assertTrue(lab.at("/processes").isMissingNode(), outcome.text());
        assertTrue(lab.at("/network/hosts").isMissingNode(), outcome.text());
        LabFile loaded = loaded(outcome);
        assertEquals(List.of("192.0.2.11"), loaded.network().dnsServers().stream().map(LabFile.DnsServer::address).toList());
        assertTrue(outcome.text().startsWith("# Captured by fpsh lab capture from ssh://admin@192.0.2.27 at "));
    }

    @Test
    void aDeadServerIsSilentAndASlowOneKeepsItsDelay() throws Exception {
        Reading reading = new Reading();
        reading.servers = List.of("192.0.2.10", "192.0.2.12");
        reading.dns.put("192.0.2.10", DnsLookup.TIMEOUT);
        reading.dns.put("192.0.2.12", "SLOW");
        reading.patientMicros.put("192.0.2.12", 2_540_000L);
        for (String host : US_HOSTS) {
            // the device's own curl waited on the dead server: no address, nothing said of 443
            reading.curls.put(host, new CurlCheck("https://" + host + "/", null, 28, null, false, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null));
        }
        LabCapture.Outcome outcome = captured(reading);
        assertTrue(outcome.lab().at("/network/hosts").isMissingNode(), outcome.text());
        JsonNode servers = outcome.lab().at("/network/dnsServers");
        assertEquals("192.0.2.10 silent", servers.get(0).get("address").asText() + " " + servers.get(0).get("behaviour").asText());
        assertEquals("192.0.2.12 slow 2500", servers.get(1).get("address").asText() + " "
                + servers.get(1).get("behaviour").asText() + " " + servers.get(1).get("delayMs").asInt());
        assertEquals("[\"192.0.2.10\",\"192.0.2.12\"]", outcome.lab().at("/dns/servers").toString());
        LabFile loaded = loaded(outcome);
        assertEquals(List.of("192.0.2.10", "192.0.2.12"), loaded.dns().servers());
        assertFalse(loaded.network().dnsServers().stream().anyMatch(s -> s.address().equals("192.0.2.11")),
                "the base's servers not asked are not this site's");
    }

    @Test
    void aNameTheServerDeniesIsTheHostsAnswer() throws Exception {
        Reading nxdomain = new Reading();
        nxdomain.dns.put("192.0.2.11 " + API, "NXDOMAIN");
        assertEquals("nxdomain", host(captured(nxdomain), API).get("dns").asText());
        Reading servfail = new Reading();
        servfail.dns.put("192.0.2.11", "SERVFAIL");
        LabCapture.Outcome outcome = captured(servfail);
        assertEquals("servfail", outcome.lab().at("/network/dnsServers/0/behaviour").asText(), outcome.text());
        loaded(outcome);
    }

    @Test
    void port443RefusedOrDroppedIsTheFirewallsRule() throws Exception {
        Reading reading = new Reading();
        reading.curls.put(API, failed(API, 7, false, null));
        reading.curls.put(EVENTING, failed(EVENTING, 28, false, null));
        LabCapture.Outcome outcome = captured(reading);
        assertEquals("reject", host(outcome, API).get("tcp443").asText());
        assertEquals("drop", host(outcome, EVENTING).get("tcp443").asText());
        LabFile loaded = loaded(outcome);
        assertEquals("reject", loaded.network().hosts().stream().filter(h -> h.name().equals(API)).findFirst()
                .orElseThrow().tcp443());
    }

    @Test
    void aServerThatIsSilentHangsUpOrSpeaksPlainHttpGetsAnEndpointThatDoesSo() throws Exception {
        Reading reading = new Reading();
        reading.curls.put(API, failed(API, 28, true, null));
        reading.curls.put(EVENTING, failed(EVENTING, 35, true,
                "OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to " + EVENTING + ":443 "));
        reading.curls.put("est.sco.cisco.com", failed("est.sco.cisco.com", 35, true,
                "error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol"));
        LabCapture.Outcome outcome = captured(reading);
        assertEquals("captured-silent", host(outcome, API).get("endpoint").asText());
        assertEquals("captured-close", host(outcome, EVENTING).get("endpoint").asText());
        assertEquals("captured-plain-http", host(outcome, "est.sco.cisco.com").get("endpoint").asText());
        LabFile loaded = loaded(outcome);
        assertEquals(List.of("silent", "close", "plain-http"), loaded.network().endpoints().stream()
                .filter(e -> e.name().startsWith("captured-")).map(LabFile.Endpoint::behaviourOrDefault).toList());
    }

    @Test
    void anIssuerTheConnectorsCaRefusesIsTlsInspection() throws Exception {
        Reading reading = new Reading();
        reading.curls.put(API, reading.answered(API, "C=US; O=Example Corp; CN=Example Corp TLS Inspection CA",
                "2020-04-01T01:20:00Z", "2021-04-01T01:20:00Z"));
        reading.verified = failed(API, 60, true, null);
        LabCapture.Outcome outcome = captured(reading);
        assertEquals("C=US, O=Example Corp, CN=Example Corp TLS Inspection CA",
                outcome.lab().at("/network/tlsInspection/subject").asText(), outcome.text());
        assertEquals("C=US, O=Example Corp, CN=Example Corp TLS Inspection CA",
                loaded(outcome).network().tlsInspection().subject());
    }

    @Test
    void anExpiredCertificateKeepsItsDates() throws Exception {
        Reading reading = new Reading();
        reading.curls.put(API, reading.answered(API, "C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL "
                + "ICA G2", "2019-03-01T00:00:00Z", "2020-03-01T00:00:00Z"));
        reading.verified = failed(API, 60, true, null);
        LabCapture.Outcome outcome = captured(reading);
        assertTrue(outcome.lab().at("/network/tlsInspection").isMissingNode(), outcome.text());
        LabFile.Endpoint sse = loaded(outcome).network().endpoints().stream().filter(e -> e.name().equals("sse"))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse("2020-03-01T00:00:00Z"), sse.validTo());
    }

    @Test
    void aStoppedConnectorIsDisabled() throws Exception {
        Reading reading = new Reading();
        reading.connectorState = "Disabled";
        LabCapture.Outcome outcome = captured(reading);
        assertEquals("{\"name\":\"SSEConnector\",\"state\":\"disabled\"}", outcome.lab().at("/processes/0").toString());
        assertFalse(loaded(outcome).processes().stream().filter(p -> p.name().equals("SSEConnector")).findFirst()
                .orElseThrow().running());
    }

    @Test
    void theRegionComesFromConnectorProperties() throws Exception {
        Reading reading = new Reading();
        reading.fqdn = "api.eu.sse.itd.cisco.com";
        LabCapture.Outcome outcome = captured(reading);
        assertEquals("EU", outcome.lab().at("/device/region").asText());
        LabFile loaded = loaded(outcome);
        assertEquals("api.eu.sse.itd.cisco.com", loaded.connector().fqdn());
        assertEquals("eventing-ingest.eu.sse.itd.cisco.com", loaded.connector().eventingHost());
    }

    @Test
    void aClockAheadOfTheServersDateIsTheLabsSkew() throws Exception {
        Reading reading = new Reading();
        reading.serverDate = DEVICE_TIME.minus(java.time.Duration.ofDays(730));
        assertEquals(730, loaded(captured(reading)).clock().deviceSkewDays());
    }

    @Test
    void a74DeviceIsWrittenOverThe74Base() throws Exception {
        Reading reading = new Reading();
        reading.version = "7.4.1";
        LabCapture.Outcome outcome = captured(reading);
        assertEquals("ftd74-healthy", outcome.lab().at("/base").asText());
        assertEquals("ftd74-healthy", LabBase.forDevice(new VersionInfo("h", "m", "7.4.2", 1, "u", null, null, null)));
        assertEquals("ftd72-healthy", LabBase.forDevice(new VersionInfo("h", "m", "7.2.5", 1, "u", null, null, null)));
        assertEquals("ftd01-healthy", LabBase.forDevice(new VersionInfo("h", "m", "6.7.0", 1, "u", null, null, null)));
        assertEquals("7.4.1", loaded(outcome).device().version());
    }

    @Test
    void aProxysCredentialsAreNeverCapturedButStandInPlaceholders() throws Exception {
        Reading reading = new Reading();
        reading.proxy = new NetworkInfo.Proxy(true, "192.0.2.50", 3128, true);
        LabCapture.Outcome outcome = captured(reading);
        assertEquals(CapturedLab.PLACEHOLDER_PASSWORD, outcome.lab().at("/proxy/password").asText());
        assertTrue(outcome.text().lines().anyMatch(line -> line.contains("password:") && line.contains("# NOT captured")),
                outcome.text());
        LabFile loaded = loaded(outcome);
        assertEquals("192.0.2.50", loaded.network().proxy().address());
        assertTrue(loaded.proxy().enabled());
    }

    @Test
    void whatCouldNotBeReadIsInTheHeaderAndTheRestIsWritten() throws Exception {
        DeviceReading full = new Reading().build();
        Map<String, ProbeResult> probes = new LinkedHashMap<>(full.probes());
        probes.put("pmtool", new ProbeResult("pmtool", List.of(), "t", ProbeStatus.NOT_AVAILABLE, null,
                "root mode is not available on local", null));
        DeviceReading partial = new DeviceReading(full.target(), full.capturedAt(), full.banner(), probes, full.lookups(),
                full.reaches());
        LabCapture.Outcome outcome = LabCapture.write(partial, List.of(), false);
        assertEquals(List.of("pmtool: root mode is not available on local"), outcome.notRead());
        assertTrue(outcome.text().contains("#   - pmtool: root mode is not available on local\n"), outcome.text());
        loaded(outcome);
    }

    @Test
    void aPasswordInALogLineIsMaskedInTheLabsLogs() {
        DeviceReading full = new Reading().build();
        Map<String, ProbeResult> probes = new LinkedHashMap<>(full.probes());
        String line = "time=\"2020-04-07T20:19:00.5-05:00\" level=error msg=\"[ftd01][connector main] proxyconnect tcp:"
                + " http://proxyuser:Pr0xy2020@192.0.2.50:3128\"";
        probes.put("connector-log", new ProbeResult("connector-log", List.of(), "t", ProbeStatus.OK,
                new io.fpsh.ftd.ConnectorLog(List.of()), null,
                new Evidence("text", "tail", Mode.ROOT, line + "\n", 0, 1000, List.of())));
        LabCapture.Outcome outcome = LabCapture.write(new DeviceReading(full.target(), full.capturedAt(), full.banner(),
                probes, full.lookups(), full.reaches()), List.of(), false);
        assertEquals(line.replace("Pr0xy2020", "****"), outcome.lab().at("/logs/connector/0").asText(), outcome.text());
        assertFalse(outcome.text().contains("Pr0xy2020"), outcome.text());
    }

    /**
     * The log probes' text on a lab device (ftd01-dns: the connector's lookups fail, canConnect with them), put in
     * the reading; the captured lab's own probes must show those lines first, the last {@value CapturedLogs#LINES}.
     */
    @Test
    void theDevicesLastLogLinesAreTheCapturedLabsFirst() throws Exception {
        Map<String, ProbeResult> original = new LinkedHashMap<>();
        LabFile dns = LabDevices.read("ftd01-dns");
        io.fpsh.sim.LabClock clock = new io.fpsh.sim.LabClock(dns.clock().start(), true);
        try (SimulatedFtd ftd = new SimulatedFtd(dns, clock);
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            // a few hours on: more connector lines than a capture keeps
            clock.advance(java.time.Duration.ofHours(5));
            for (String probe : List.of("connector-log", "action-queue-log")) {
                original.put(probe, ProbeRunner.run(Probes.named(probe).orElseThrow(), List.of(), driver, DEADLINE));
                assertTrue(original.get(probe).ok(), original.get(probe).error());
            }
        }
        DeviceReading full = new Reading().build();
        Map<String, ProbeResult> probes = new LinkedHashMap<>(full.probes());
        probes.putAll(original);
        LabCapture.Outcome outcome = LabCapture.write(new DeviceReading(full.target(), full.capturedAt(), full.banner(),
                probes, full.lookups(), full.reaches()), List.of(), false);
        assertTrue(outcome.text().contains("# the device's last lines (logs:) and its own lines follow.\n"), outcome.text());
        LabFile lab = loaded(outcome);
        List<String> connectorLines = original.get("connector-log").evidence().output().lines().toList();
        assertTrue(connectorLines.size() > CapturedLogs.LINES, "enough lines to cut: " + connectorLines.size());
        assertEquals(connectorLines.subList(connectorLines.size() - CapturedLogs.LINES, connectorLines.size()),
                lab.earlierLogs().connectorLines());

        List<ConnectorLog.Entry> read = ((ConnectorLog) original.get("connector-log").record()).entries();
        List<CanConnectLog.Run> runs = ((CanConnectLog) original.get("action-queue-log").record()).runs();
        assertFalse(runs.isEmpty(), "canConnect failed on the original");
        try (SimulatedFtd ftd = new SimulatedFtd(lab); DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            ProbeResult log = ProbeRunner.run(Probes.named("connector-log").orElseThrow(), List.of(), driver, DEADLINE);
            List<ConnectorLog.Entry> entries = ((ConnectorLog) log.record()).entries();
            assertEquals(read.subList(read.size() - CapturedLogs.LINES, read.size()), entries.subList(0, CapturedLogs.LINES));
            ProbeResult queue = ProbeRunner.run(Probes.named("action-queue-log").orElseThrow(), List.of(), driver, DEADLINE);
            List<CanConnectLog.Run> captured = ((CanConnectLog) queue.record()).runs();
            int kept = Math.min(runs.size(), CapturedLogs.LINES);
            assertEquals(runs.subList(runs.size() - kept, runs.size()), captured.subList(0, kept));
        }
    }

    private static JsonNode host(LabCapture.Outcome outcome, String name) {
        for (JsonNode host : outcome.lab().at("/network/hosts")) {
            if (host.get("name").asText().equals(name)) {
                return host;
            }
        }
        throw new AssertionError("no host " + name + " in\n" + outcome.text());
    }
}
