package io.fpsh.ftd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code show route}, {@code show memory} and {@code show cpu usage}: render then parse gives the record back; the
 * renderers keep the source's shape (a 7.4.2.4 capture: ShowRouteRenderer's note) and the route parser reads what a
 * real table adds (codes of two words, equal-cost gateways, BGP ages without an interface, wrapped entries).
 */
class ShowLinaRoundTripTest {

    @Test
    void aRouteTableComesBack() {
        LinaRoutingTable table = new LinaRoutingTable("203.0.113.1", List.of(
                new LinaRoutingTable.Route("S*", "0.0.0.0", "0.0.0.0", List.of(new LinaRoutingTable.NextHop(1, 0, "203.0.113.1")), "outside"),
                new LinaRoutingTable.Route("S", "172.16.0.0", "255.240.0.0", List.of(new LinaRoutingTable.NextHop(1, 0, "10.1.1.2"),
                        new LinaRoutingTable.NextHop(1, 0, "10.1.1.3")), "inside"),
                LinaRoutingTable.Route.connected("C", "10.1.1.0", "255.255.255.0", "inside"),
                LinaRoutingTable.Route.connected("L", "10.1.1.1", "255.255.255.255", "inside")));
        String text = ShowRouteRenderer.render(table);
        assertEquals(table, ShowRouteParser.parse(text));
        assertEquals(table, ShowRouteParser.parse("> show route\r\n" + text.replace("\n", "\r\n") + ">"));
        assertTrue(text.contains("\nS        172.16.0.0 255.240.0.0 [1/0] via 10.1.1.2, inside\n"
                + " ".repeat("S        172.16.0.0 255.240.0.0 ".length()) + "[1/0] via 10.1.1.3, inside\n"), text);
        assertEquals(new LinaRoutingTable(null, List.of()), ShowRouteParser.parse(ShowRouteRenderer.render(new LinaRoutingTable(null, List.of()))));
    }

    @Test
    void theLegendIsTheCapturesEightLines() {
        String text = ShowRouteRenderer.render(new LinaRoutingTable(null, List.of()));
        List<String> lines = List.of(text.split("\n", -1));
        assertEquals("", lines.get(0));
        assertTrue(lines.get(1).startsWith("Codes: L - local, C - connected, S - static,"));
        assertEquals("       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area ", lines.get(2));
        assertEquals("       SI - Static InterVRF, BI - BGP InterVRF", lines.get(8));
        assertEquals("Gateway of last resort is not set", lines.get(9));
        assertEquals("", lines.get(10));
    }

    @Test
    void whatARealTableAddsIsRead() {
        String text = String.join("\n",
                "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP",
                "Gateway of last resort is 192.0.2.9 to network 0.0.0.0",
                "",
                "B*       0.0.0.0 0.0.0.0 [20/0] via 192.0.2.9, 3d02h",
                "                         [20/0] via 192.0.2.8, 3d02h",
                "O E2     198.51.100.0 255.255.255.0 [110/20] via 192.0.2.9, 2w1d, outside",
                "C        10.99.4.96 255.255.255.240 ",
                "           is directly connected, partner-link-one",
                "S        10.98.0.0 255.255.192.0 [1/0] is directly connected, Null0");
        LinaRoutingTable table = ShowRouteParser.parse(text);
        assertEquals("192.0.2.9", table.lastResort());
        LinaRoutingTable.Route bgp = table.routes().get(0);
        assertEquals(List.of(new LinaRoutingTable.NextHop(20, 0, "192.0.2.9"), new LinaRoutingTable.NextHop(20, 0, "192.0.2.8")), bgp.nextHops());
        assertEquals(null, bgp.nameif());
        assertEquals("O E2", table.routes().get(1).code());
        assertEquals("outside", table.routes().get(1).nameif());
        assertEquals(LinaRoutingTable.Route.connected("C", "10.99.4.96", "255.255.255.240", "partner-link-one"), table.routes().get(2));
        assertEquals("Null0", table.routes().get(3).nameif());
        FtdParseException wrong = assertThrows(FtdParseException.class, () -> ShowRouteParser.parse("Free memory: 1 bytes (1%)"));
        assertEquals("show route: no 'Gateway of last resort' line", wrong.getMessage());
    }

    @Test
    void memoryAndCpuKeepTheCapturesLinesAndComeBack() {
        // the capture's own figures: 69.6% free is printed 70%
        LinaMemory memory = new LinaMemory(50_102_049_799L, 21_884_890_416L);
        String text = ShowMemoryRenderer.render(memory);
        assertTrue(text.startsWith("Free memory:       50102049799 bytes (70%)\n"
                + "Used memory:       21884890416 bytes (30%)\n"
                + "-------------     ------------------\n"
                + "Total memory:      71986940215 bytes (100%)\n\n"
                + "Note: Free memory is the free system memory. Additional memory may\n"), text);
        assertEquals(memory, ShowMemoryParser.parse(text));
        LinaCpuUsage usage = new LinaCpuUsage(3, 4, 5);
        assertEquals("\nCPU utilization for 5 seconds = 3%; 1 minute: 4%; 5 minutes: 5%\n", ShowCpuUsageRenderer.render(usage));
        assertEquals(usage, ShowCpuUsageParser.parse(ShowCpuUsageRenderer.render(usage)));
        assertEquals("show memory: no 'Free memory' line",
                assertThrows(FtdParseException.class, () -> ShowMemoryParser.parse("\n")).getMessage());
    }
}
