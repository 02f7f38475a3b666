package io.fpsh.sim.nettools;

import java.util.Map;

/** A port as telnet and nc take it: a number, or one of the service names the troubleshooting needs. */
final class NetPorts {
    private static final Map<String, Integer> SERVICES = Map.of("https", 443, "http", 80, "telnet", 23, "ssh", 22,
            "domain", 53, "ntp", 123);

    private NetPorts() {}

    /** The port, or -1 when it is none. */
    static int parse(String text) {
        if (text.matches("\\d{1,5}")) {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : -1;
        }
        return SERVICES.getOrDefault(text, -1);
    }

    /** nc -v's "[tcp/https]": the service's name, or "*" for a port without one. */
    static String serviceName(int port) {
        return SERVICES.entrySet().stream().filter(e -> e.getValue() == port).map(Map.Entry::getKey).findFirst().orElse("*");
    }
}
