package io.fpsh.sim.network;

import static io.fpsh.sim.network.DefaultLab.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork.TcpRoute;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Closing the lab network stops every server it started and refuses whatever comes after. */
class LabNetworkCloseTest {

    @Test
    void closeFreesEveryPortAndRejectsLaterRoutes() throws Exception {
        LabFile lab = DefaultLab.lab();
        LabNetwork network = new LabNetwork(lab, DefaultLab::start);
        List<InetSocketAddress> tcp = new ArrayList<>();
        List<InetSocketAddress> udp = new ArrayList<>();
        for (LabFile.Host host : lab.network().hosts()) {
            tcp.add(assertInstanceOf(TcpRoute.Reach.class, network.tcp(address(host.addresses().get(0)), 443)).endpoint());
        }
        for (LabFile.DnsServer server : lab.network().dnsServers()) {
            udp.add(network.udp(address(server.address()), 53).orElseThrow());
        }
        assertEquals(lab.network().hosts().size(), tcp.stream().distinct().count(), "one server per host");

        network.close();

        for (InetSocketAddress endpoint : tcp) {
            PortChecks.assertFreed(endpoint);
        }
        for (InetSocketAddress endpoint : udp) {
            try (DatagramSocket again = new DatagramSocket(endpoint)) {
                assertTrue(again.isBound());
            }
        }
        assertInstanceOf(TcpRoute.Reject.class, network.tcp(address("198.51.100.66"), 443));
        assertInstanceOf(TcpRoute.Reject.class, network.tcp(address("198.51.100.200"), 443));
        assertTrue(network.udp(address("192.0.2.11"), 53).isEmpty());
        assertTrue(tcp.stream().allMatch(e -> e.getAddress().equals(InetAddress.getLoopbackAddress())));
    }
}
