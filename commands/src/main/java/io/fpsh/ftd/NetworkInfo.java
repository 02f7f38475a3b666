package io.fpsh.ftd;

import java.util.List;

/**
 * What {@code show network} reports, as data: the simulator builds it from its state, and a parser of a real
 * device's text produces the same record.
 */
public record NetworkInfo(
        String hostname,
        List<String> domains,
        List<String> dnsServers,
        int managementPort,
        String defaultGateway,
        Interface managementInterface,
        Proxy proxy) {

    public record Interface(
            String name, String state, String link, String channels, String mode, String mdix, int mtu, String mac,
            String ipv4Configuration, String address, String netmask, String broadcast, String ipv6Configuration) {}

    public record Proxy(boolean enabled, String address, int port, boolean authenticated) {}
}
