package io.fpsh.probe;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.Fixtures;
import io.fpsh.ftd.ManagerInfo;
import io.fpsh.ftd.Managers;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.VersionInfo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * show-version and show-managers read the verbatim real-device samples (6.x and 7.x layouts, see
 * src/test/resources/io/fpsh/ftd/README.md) as a driver hands them over: echo and prompt gone, CRs removed.
 */
class ClishProbesOnDeviceSamplesTest {

    @Test
    void showVersionReads65WithItsRulesUpdateAndNotesTheLines() throws Exception {
        ProbeOutput output = sample("show-version-6.5.0-ftdv.txt");
        VersionInfo info = new ShowVersionProbe().parse(output, List.of());
        assertEquals(new VersionInfo("fdm65", "Cisco Firepower Threat Defense for VMWare (75)", "6.5.0", 115,
                "9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8", "2019-08-12-001-vrt", null, "309"), info);
        Map<String, String> sources = sources(output);
        assertEquals("---------------------[ fdm65 ]----------------------", sources.get("hostname"));
        assertEquals("Model                     : Cisco Firepower Threat Defense for VMWare (75) Version 6.5.0 (Build 115)",
                sources.get("version"));
        assertEquals("VDB version               : 309", sources.get("vdbVersion"));
        assertEquals("Rules update version      : 2019-08-12-001-vrt", sources.get("rulesUpdateVersion"));
        assertNull(sources.get("lspVersion"));
    }

    @Test
    void showVersionReads76WithItsLspVersionAndNoUuid() throws Exception {
        ProbeOutput output = sample("show-version-7.6.0-fw1210ce.txt");
        assertEquals(new VersionInfo("<hostname>", "Cisco Secure Firewall 1210CE Threat Defense (86)", "7.6.0", 113,
                null, null, "lsp-rel-YYYYMMDD-nnnn", "392"), new ShowVersionProbe().parse(output, List.of()));
        assertEquals("LSP version               : lsp-rel-YYYYMMDD-nnnn", sources(output).get("lspVersion"));
    }

    @Test
    void showVersionReads100AsSccDeliversItWithCarriageReturnsAndTheLinaTail() throws Exception {
        String text = asDriverGivesIt(Fixtures.read("show-version-10.0.0-fpr1150.txt")).replace("\n", "\r\n");
        VersionInfo info = new ShowVersionProbe().parse(new ProbeOutput(text, 0), List.of());
        assertEquals("10.0.0", info.version());
        assertEquals("lsp-rel-20260430-1252", info.lspVersion());
    }

    @Test
    void showManagersReads6xAndNotesHostAndRegistration() throws Exception {
        ProbeOutput output = sample("show-managers-6.x.txt");
        assertEquals(new Managers(List.of(ManagerInfo.manager("150.1.41.254", "Completed"))),
                new ShowManagersProbe().parse(output, List.of()));
        assertEquals("Host                      : 150.1.41.254", sources(output).get("managers[0].host"));
        assertEquals("Registration              : Completed", sources(output).get("managers[0].registration"));
    }

    @Test
    void showManagersReads742PendingAndCompletedWithTheirExtraFields() throws Exception {
        assertEquals(new Managers(List.of(new ManagerInfo("Manager", "192.168.0.40", "192.168.0.40", null, "192.168.0.40",
                        "Pending", null))),
                new ShowManagersProbe().parse(sample("show-managers-7.4.2-pending.txt"), List.of()));
        assertEquals(new Managers(List.of(new ManagerInfo("Manager", "192.168.0.40", "192.168.0.40", "7.4.2 (Build 172)",
                        "f7dc6cd2-633c-11f0-a89d-df27a2da9458", "Completed", "Configuration and analytics"))),
                new ShowManagersProbe().parse(sample("show-managers-7.4.2-completed.txt"), List.of()));
    }

    @Test
    void showManagersReadsAnFdmManagedDevice() throws Exception {
        ProbeOutput output = sample("show-managers-managed-locally.txt");
        assertEquals(new Managers(List.of(ManagerInfo.managedLocally())), new ShowManagersProbe().parse(output, List.of()));
        assertEquals("Managed locally.", sources(output).get("managers[0].type"));
    }

    /** 7.4 pads every line to 52 columns and lists three DNS servers (one IPv6); 6.2.3 has two and search domains. */
    @Test
    void showNetworkReadsThe74PaddedAnd623LayoutsWithTheirDnsServers() throws Exception {
        ProbeOutput padded = sample("show-network-7.4.2-fpr1010.txt");
        NetworkInfo fpr1010 = new ShowNetworkProbe().parse(padded, List.of());
        assertEquals(List.of("208.67.222.222", "208.67.220.220", "2620:119:35::35"), fpr1010.dnsServers());
        assertEquals("data-interfaces", fpr1010.defaultGateway());
        assertEquals("DNS Servers               : 208.67.222.222", sources(padded).get("dnsServers").stripTrailing());
        NetworkInfo fpr2100 = new ShowNetworkProbe().parse(sample("show-network-6.2.3-fpr2100.txt"), List.of());
        assertEquals(List.of("192.168.200.100", "8.8.8.8"), fpr2100.dnsServers());
        assertEquals(List.of("cisco.com"), fpr2100.domains());
    }

    @Test
    void anotherCommandsOutputIsAParseErrorNamingTheProbe() {
        ProbeParseException versionOfNetwork = assertThrows(ProbeParseException.class,
                () -> new ShowVersionProbe().parse(sample("show-network-6.x-br1.txt"), List.of()));
        assertEquals("show-version: show version: no 'Model' line under a '---[ hostname ]---' header",
                versionOfNetwork.getMessage());
        ProbeParseException managersOfVersion = assertThrows(ProbeParseException.class,
                () -> new ShowManagersProbe().parse(sample("show-version-6.5.0-ftdv.txt"), List.of()));
        assertEquals("show-managers: show managers: no 'Type' and 'Host' lines, 'Managed locally.' or 'No managers'"
                + " (found a '[ fdm65 ]' header)", managersOfVersion.getMessage());
    }

    /** Through the driver on a lab: the probe reads the lab's own managers and version, with evidence. */
    @Test
    void onALabTheProbesReadTheLabsManagerAndVersion() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            ProbeResult managers = ProbeRunner.run(new ShowManagersProbe(), List.of(), driver, Duration.ofSeconds(10));
            assertEquals(ProbeStatus.OK, managers.status(), managers::error);
            assertEquals(new Managers(List.of(ManagerInfo.manager("192.0.2.5", "Completed"))), managers.record());
            assertEquals("show managers", managers.evidence().sent());
            ProbeResult version = ProbeRunner.run(new ShowVersionProbe(), List.of(), driver, Duration.ofSeconds(10));
            assertEquals("6.5.0", ((VersionInfo) version.record()).version());
        }
    }

    private static ProbeOutput sample(String name) {
        return new ProbeOutput(asDriverGivesIt(Fixtures.read(name)), 0);
    }

    /** The sample without the echoed command and the next prompt, where the copy kept them. */
    private static String asDriverGivesIt(String sample) {
        String first = sample.substring(0, sample.indexOf('\n'));
        return first.matches("[\\w.-]*[>#] \\S.*") ? Fixtures.withoutEchoAndPrompt(sample) : sample;
    }

    private static Map<String, String> sources(ProbeOutput output) {
        return output.sources().stream().collect(Collectors.toMap(Evidence.Source::field, Evidence.Source::text, (a, b) -> a));
    }
}
