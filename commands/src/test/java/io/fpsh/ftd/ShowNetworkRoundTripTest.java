package io.fpsh.ftd;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * render → parse gives the record back, in every layout, with the fields only one version prints (7.4's
 * {@code DNS from router}, speeds and lowercase states); the layouts reproduce their verbatim samples.
 */
class ShowNetworkRoundTripTest {

    static Stream<Arguments> recordsInEachLayout() {
        List<Arguments> cases = new ArrayList<>();
        for (String layout : ShowNetworkRenderer.LAYOUTS) {
            for (List<String> dns : List.of(List.of("192.0.2.10"), List.of("192.0.2.10", "2001:db8::53"))) {
                for (List<String> domains : List.of(List.<String>of(), List.of("example.com", "lab.example.com"))) {
                    for (boolean proxyOn : new boolean[] {false, true}) {
                        cases.add(Arguments.of(layout, record(layout, dns, domains, proxyOn)));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** A record holding only what {@code layout} prints, so that nothing is lost on the way. */
    private static NetworkInfo record(String layout, List<String> dns, List<String> domains, boolean proxyOn) {
        boolean v74 = layout.equals("7.4");
        String link = layout.equals("guide-6.5") || v74 ? "Up" : null;
        return new NetworkInfo("ftd07", domains, dns, 8305, "192.0.2.1",
                new NetworkInfo.Interface(v74 || layout.equals("7.2") ? "management0" : "br1", "Enabled", link,
                        "Management & Events", "Non-Autonegotiation", "Auto/MDIX", 1500, "00:50:56:00:00:07", "Manual",
                        "192.0.2.7", "255.255.255.0", v74 ? null : "192.0.2.255", "Disabled",
                        v74 ? "1gbps" : null, v74 ? "10gbps" : null),
                proxyOn ? new NetworkInfo.Proxy(true, "proxy.example.com", 3128, true) : new NetworkInfo.Proxy(false, null, 0, false),
                v74 ? "disabled" : null);
    }

    /** Every field set, 7.4's too: each layout keeps what it prints ({@link ShowNetworkLayout#shown}). */
    private static NetworkInfo everything() {
        return new NetworkInfo("ftd07", List.of("example.com"), List.of("192.0.2.10"), 8305, "192.0.2.1",
                new NetworkInfo.Interface("management0", "Enabled", "Up", "Management & Events", "Non-Autonegotiation",
                        "Auto/MDIX", 1500, "00:50:56:00:00:07", "Manual", "192.0.2.7", "255.255.255.0", "192.0.2.255",
                        "Disabled", "1gbps", "1gbps"),
                new NetworkInfo.Proxy(false, null, 0, false), "enabled");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void eachLayoutShowsItsOwnFieldsAndReadsThemBack(String label, boolean link, boolean broadcast, boolean only74) {
        ShowNetworkLayout layout = ShowNetworkLayout.named(label);
        NetworkInfo shown = layout.shown(everything());
        assertEquals(link ? "Up" : null, shown.managementInterface().link());
        assertEquals(broadcast ? "192.0.2.255" : null, shown.managementInterface().broadcast());
        assertEquals(only74 ? "enabled" : null, shown.dnsFromRouter());
        assertEquals(only74 ? "1gbps" : null, shown.managementInterface().adminSpeed());
        assertEquals(only74 ? "1gbps" : null, shown.managementInterface().operationSpeed());
        String text = new ShowNetworkRenderer(layout).render(everything());
        assertEquals(only74, text.contains("DNS from router"), text);
        assertEquals(only74, text.contains("Admin Speed"), text);
        assertEquals(shown, ShowNetworkParser.parse(text), text);
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("guide-6.5", true, true, false),
                Arguments.of("6.x", false, true, false),
                Arguments.of("6.2-fpr", false, true, false),
                Arguments.of("7.2", false, true, false),
                Arguments.of("7.4", true, false, true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("versions")
    void aLabWithoutALayoutGetsItsVersionsAndOneNamedWins(String version, String expected) {
        assertEquals(expected, ShowNetworkLayout.of(null, version).label());
        assertEquals("6.2-fpr", ShowNetworkLayout.of("6.2-fpr", version).label());
    }

    static Stream<Arguments> versions() {
        return Stream.of(Arguments.of("6.5.0", "guide-6.5"), Arguments.of("6.8.0", "guide-6.5"),
                Arguments.of("7.0.8", "7.2"), Arguments.of("7.2.5", "7.2"), Arguments.of("7.3.1", "7.2"),
                Arguments.of("7.4.1", "7.4"), Arguments.of("7.6.0", "7.4"), Arguments.of("10.0.0", "7.4"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("recordsInEachLayout")
    void renderedThenParsedIsTheSameRecord(String layout, NetworkInfo info) {
        String text = new ShowNetworkRenderer(layout).render(info);
        assertEquals(info, ShowNetworkParser.parse(text), text);
    }

    @Test
    void the6xLayoutReproducesTheBr1SampleByteForByte() {
        String sample = Fixtures.read("show-network-6.x-br1.txt");
        assertEquals(Fixtures.withoutEchoAndPrompt(sample), new ShowNetworkRenderer("6.x").render(ShowNetworkParser.parse(sample)));
    }

    @Test
    void the74LayoutReproducesTheFpr1010SampleByteForByte() {
        String sample = Fixtures.read("show-network-7.4.2-fpr1010.txt");
        assertEquals(Fixtures.withoutEchoAndPrompt(sample), new ShowNetworkRenderer("7.4").render(ShowNetworkParser.parse(sample)));
    }

    @Test
    void theFprLayoutReproducesTheFpr2100SampleByteForByte() {
        String sample = Fixtures.read("show-network-6.2.3-fpr2100.txt");
        assertEquals(Fixtures.withoutEchoAndPrompt(sample), new ShowNetworkRenderer("6.2-fpr").render(ShowNetworkParser.parse(sample)));
    }

    @Test
    void theGuideLayoutReproducesTheGuidesTextLessItsPdfTrailingSpaces() {
        String sample = Fixtures.read("show-network-guide-6.5-eth0.txt");
        String expected = Fixtures.withoutEchoAndPrompt(sample).replaceAll(" +\n", "\n");
        assertEquals(expected, new ShowNetworkRenderer("guide-6.5").render(ShowNetworkParser.parse(sample)));
    }

    @Test
    void after74ManualConfigurationTheGatewayIsRepeatedInsideIpv4() {
        NetworkInfo manual = record("7.4", List.of("192.0.2.10"), List.of(), false);
        String text = new ShowNetworkRenderer("7.4").render(manual);
        assertTrue(text.contains(padded("Netmask                   : 255.255.255.0")
                + padded("Gateway                   : 192.0.2.1")), text);
        assertTrue(text.contains(padded("IPv4 Default route") + padded("  Gateway                 : 192.0.2.1")), text);
        NetworkInfo.Interface nic = manual.managementInterface();
        NetworkInfo viaData = new NetworkInfo(manual.hostname(), manual.domains(), manual.dnsServers(), manual.managementPort(),
                "data-interfaces", nic, manual.proxy());
        assertFalse(new ShowNetworkRenderer("7.4").render(viaData).contains("\nGateway  "));
    }

    private static String padded(String line) {
        return String.format("%-52s", line) + "\n";
    }

    @Test
    void anUnknownLayoutIsRefused() {
        var refused = assertThrows(IllegalArgumentException.class, () -> new ShowNetworkRenderer("7.3"));
        assertEquals("unknown show network layout '7.3' (one of [guide-6.5, 6.x, 6.2-fpr, 7.2, 7.4])", refused.getMessage());
    }
}
