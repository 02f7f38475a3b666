package io.fpsh.ftd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The verbatim samples of real devices, read into records. */
class ShowNetworkParserTest {

    @Test
    void readsThe6xBr1Sample() {
        NetworkInfo info = ShowNetworkParser.parse(Fixtures.read("show-network-6.x-br1.txt"));
        assertEquals(new NetworkInfo("cisco.com", List.of(), List.of(), 8305, "150.1.1.253",
                new NetworkInfo.Interface("br1", "Enabled", null, "Management & Events", "Non-Autonegotiation", "Auto/MDIX",
                        1500, "00:50:00:00:06:01", "Manual", "150.1.41.1", "255.255.0.0", "150.1.255.255", "Disabled"),
                new NetworkInfo.Proxy(false, null, 0, false)), info);
    }

    @Test
    void readsTheFpr2100SampleWithDomainsTwoDnsServersAndNoProxyBlock() {
        NetworkInfo info = ShowNetworkParser.parse(Fixtures.read("show-network-6.2.3-fpr2100.txt"));
        assertEquals(new NetworkInfo("ftd623", List.of("cisco.com"), List.of("192.168.200.100", "8.8.8.8"), 8305, "10.62.148.129",
                new NetworkInfo.Interface("management0", "Enabled", null, "Management & Events", "Non-Autonegotiation", "Auto/MDIX",
                        1500, "70:DF:2F:18:D8:00", "Manual", "10.62.148.179", "255.255.255.128", "10.62.148.255", "Disabled"),
                null), info);
    }

    @Test
    void readsThe74PaddedSampleWithThreeDnsServersLowercaseStatesDnsFromRouterAndSpeeds() {
        NetworkInfo info = ShowNetworkParser.parse(Fixtures.read("show-network-7.4.2-fpr1010.txt"));
        assertEquals(new NetworkInfo("firepower", List.of(), List.of("208.67.222.222", "208.67.220.220", "2620:119:35::35"), 8305,
                "data-interfaces",
                new NetworkInfo.Interface("management0", "Enabled", "Up", "Management & Events", "Non-Autonegotiation", "Auto/MDIX",
                        1500, "6C:03:09:EE:BD:00", "Manual", "192.168.45.45", "255.255.255.0", null, "Disabled", "1gbps", "1gbps"),
                new NetworkInfo.Proxy(false, null, 0, false), "enabled"), info);
    }

    @Test
    void readsTheGuidesPdfCopyDespiteItsTrailingSpaces() {
        NetworkInfo info = ShowNetworkParser.parse(Fixtures.read("show-network-guide-6.5-eth0.txt"));
        assertEquals(new NetworkInfo("ftd01", List.of(), List.of("192.0.2.10"), 8305, "192.0.2.1",
                new NetworkInfo.Interface("eth0", "Enabled", "Up", "Management & Events", "Non-Autonegotiation", "Auto/MDIX",
                        1500, "00:50:56:B3:9D:A5", "Manual", "192.0.2.27", "255.255.255.0", "192.0.2.255", "Disabled"),
                new NetworkInfo.Proxy(false, null, 0, false)), info);
    }

    @Test
    void crlfLineEndsReadTheSameAsLf() {
        String sample = Fixtures.read("show-network-7.4.2-fpr1010.txt");
        assertEquals(ShowNetworkParser.parse(sample), ShowNetworkParser.parse(sample.replace("\n", "\r\n")));
    }

    @Test
    void readsAnEnabledProxyBlock() {
        NetworkInfo info = ShowNetworkParser.parse("""
                ===============[ System Information ]===============
                Hostname                  : ftd02
                Management port           : 8305
                ======================[ br1 ]=======================
                State                     : Enabled
                MTU                       : 1500
                ===============[ Proxy Information ]================
                State                     : Enabled
                HTTP Proxy Address        : 10.1.1.1
                HTTP Proxy Port           : 3128
                Authentication            : Enabled
                """);
        assertEquals(new NetworkInfo.Proxy(true, "10.1.1.1", 3128, true), info.proxy());
        assertNull(info.defaultGateway());
        assertNull(info.managementInterface().address());
    }

    @Test
    void the74GatewayInsideIpv4StandsInWhenTheDefaultRouteLineIsMissing() {
        NetworkInfo info = ShowNetworkParser.parse("""
                ===============[ System Information ]===============
                Hostname                  : firepower
                Management port           : 8305
                ==================[ management0 ]===================
                Admin State               : enabled
                MTU                       : 1500
                ----------------------[ IPv4 ]----------------------
                Configuration             : Manual
                Gateway                   : 192.168.0.1
                """);
        assertEquals("192.168.0.1", info.defaultGateway());
    }

    @Test
    void otherCommandsOutputIsRejectedNamingWhatIsMissing() {
        var notNetwork = assertThrows(FtdParseException.class,
                () -> ShowNetworkParser.parse(Fixtures.read("show-version-6.5.0-ftdv.txt")));
        assertEquals("show network: no '[ System Information ]' header", notNetwork.getMessage());
        var noInterface = assertThrows(FtdParseException.class, () -> ShowNetworkParser.parse("""
                ===============[ System Information ]===============
                Hostname                  : ftd01
                """));
        assertEquals("show network: no interface block such as '[ br1 ]', '[ eth0 ]' or '[ management0 ]'", noInterface.getMessage());
        var noHostname = assertThrows(FtdParseException.class, () -> ShowNetworkParser.parse(
                Fixtures.read("show-network-6.x-br1.txt").replace("Hostname  ", "Hostnme   ")));
        assertEquals("show network: no 'Hostname' line in '[ System Information ]'", noHostname.getMessage());
        var badPort = assertThrows(FtdParseException.class, () -> ShowNetworkParser.parse(
                Fixtures.read("show-network-6.x-br1.txt").replace(": 8305", ": eighty")));
        assertEquals("show network: 'Management port' is not a number: 'eighty'", badPort.getMessage());
    }
}
