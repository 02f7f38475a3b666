package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.device.Device;
import io.fpsh.drive.CapturingIo;
import io.fpsh.ftd.ManagerInfo;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.ShowManagersParser;
import io.fpsh.ftd.ShowNetworkParser;
import io.fpsh.ftd.ShowVersionParser;
import io.fpsh.ftd.VersionInfo;
import io.fpsh.lab.LabFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the simulated clish prints, read back with the parsers meant for real devices: the lab's values come out. */
class ShowCommandsParsedBackTest {

    private static String run(Device device, String line) {
        CapturingIo io = CapturingIo.answering();
        assertEquals(0, device.run(line, io), () -> line + " -> " + io.stdout() + io.stderr());
        return io.stdout();
    }

    @Test
    void the74LabOnManagement0PrintsThe74LayoutAndParsesBackToTheLabsValues() throws Exception {
        LabFile lab = LabDevices.read("ftd74-healthy");
        String shown;
        try (Device device = LabDevices.open("ftd74-healthy")) {
            shown = run(device, "show network");
        }
        assertTrue(shown.contains("==================[ management0 ]===================\n"
                + "Admin State               : enabled                 \n"), shown);
        assertTrue(shown.lines().allMatch(line -> line.length() == 52), shown);
        assertTrue(shown.endsWith(" ".repeat(52) + "\n"), shown);

        NetworkInfo parsed = ShowNetworkParser.parse(shown);
        LabFile.Management nic = lab.management();
        assertEquals(lab.device().hostname(), parsed.hostname());
        assertEquals(lab.dns().servers(), parsed.dnsServers());
        assertEquals(lab.dns().searchDomains(), parsed.domains());
        assertEquals("enabled", parsed.dnsFromRouter());
        assertEquals(nic.port(), parsed.managementPort());
        assertEquals(nic.ipv4().gateway(), parsed.defaultGateway());
        assertEquals(new NetworkInfo.Interface("management0", nic.state(), nic.link(), nic.channels(), nic.mode(), nic.mdix(),
                        nic.mtu(), nic.mac(), nic.ipv4().configuration(), nic.ipv4().address(), nic.ipv4().netmask(), null, "Disabled",
                        "1gbps", "1gbps"),
                parsed.managementInterface());
        assertEquals(new NetworkInfo.Proxy(false, null, 0, false), parsed.proxy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftd01-dns", "ftd72-healthy", "ftd74-healthy"})
    void eachVersionsShowNetworkParsesBackToItsStateView(String name) throws Exception {
        try (SimulatedFtd ftd = (SimulatedFtd) LabDevices.open(name)) {
            assertEquals(StateViews.network(ftd.state()), ShowNetworkParser.parse(run(ftd, "show network")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftd01-dns", "ftd72-healthy", "ftd74-healthy"})
    void eachVersionsShowVersionParsesBackToTheLabsValuesWithItsOwnRulesLine(String name) throws Exception {
        LabFile.Device d = LabDevices.read(name).device();
        try (Device device = LabDevices.open(name)) {
            String shown = run(device, "show version");
            assertEquals(new VersionInfo(d.hostname(), d.model(), d.version(), d.build(), d.uuid(), d.rulesUpdateVersion(),
                    d.lspVersion(), d.vdbVersion()), ShowVersionParser.parse(shown));
            boolean seven = d.version().startsWith("7.");
            assertEquals(seven, shown.contains("\nLSP version               : lsp-rel-"), shown);
            assertEquals(!seven, shown.contains("\nRules update version      : "), shown);
        }
    }

    @Test
    void theDefaultLabsShowVersionAndShowManagersParseBack() throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        try (Device device = LabDevices.open("ftd01-dns")) {
            LabFile.Device d = lab.device();
            assertEquals(new VersionInfo(d.hostname(), d.model(), d.version(), d.build(), d.uuid(), d.rulesUpdateVersion(),
                    d.lspVersion(), d.vdbVersion()), ShowVersionParser.parse(run(device, "show version")));
            String managers = run(device, "show managers");
            assertEquals("""
                    Type                      : Manager
                    Host                      : 192.0.2.5
                    Registration              : Completed
                    """, managers);
            assertEquals(List.of(ManagerInfo.manager("192.0.2.5", "Completed")), ShowManagersParser.parse(managers));
        }
    }
}
