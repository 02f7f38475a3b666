package io.fpsh.ftd;

import java.util.List;

/**
 * What {@code show network} reports, as data: the simulator builds it from its state, and a parser of a real
 * device's text produces the same record. What a layout does not print is null ({@link ShowNetworkLayout#shown}):
 * {@code dnsFromRouter} and the interface's speeds are 7.4's, {@code link} the guide's and 7.4's, {@code broadcast}
 * all but 7.4's.
 */
public record NetworkInfo(
        String hostname,
        List<String> domains,
        List<String> dnsServers,
        int managementPort,
        String defaultGateway,
        Interface managementInterface,
        Proxy proxy,
        String dnsFromRouter) {

    /** A record without 7.4's {@code DNS from router}. */
    public NetworkInfo(String hostname, List<String> domains, List<String> dnsServers, int managementPort,
                       String defaultGateway, Interface managementInterface, Proxy proxy) {
        this(hostname, domains, dnsServers, managementPort, defaultGateway, managementInterface, proxy, null);
    }

    public record Interface(
            String name, String state, String link, String channels, String mode, String mdix, int mtu, String mac,
            String ipv4Configuration, String address, String netmask, String broadcast, String ipv6Configuration,
            String adminSpeed, String operationSpeed) {

        /** An interface without 7.4's speeds. */
        public Interface(String name, String state, String link, String channels, String mode, String mdix, int mtu,
                         String mac, String ipv4Configuration, String address, String netmask, String broadcast,
                         String ipv6Configuration) {
            this(name, state, link, channels, mode, mdix, mtu, mac, ipv4Configuration, address, netmask, broadcast,
                    ipv6Configuration, null, null);
        }
    }

    public record Proxy(boolean enabled, String address, int port, boolean authenticated) {}
}
