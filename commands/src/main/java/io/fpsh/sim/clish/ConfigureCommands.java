package io.fpsh.sim.clish;

import io.fpsh.device.DeviceIo;
import io.fpsh.grammar.ArgType;
import io.fpsh.grammar.ParseResult;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.DeviceState;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@code configure network ...} family: each changes the state, and every view follows. */
final class ConfigureCommands {
    private ConfigureCommands() {}

    static void register(Map<String, ClishCommand> commands) {
        ClishCommand dnsServers = (command, session, io) -> {
            String list = command.arg("servers") != null ? command.arg("servers") : command.arg("server");
            session.state().setDnsServers(split(list));
            return 0;
        };
        commands.put("configure network dns servers <servers>", dnsServers);
        commands.put("configure network dns <server>", dnsServers);
        commands.put("configure network dns searchdomains <domains>", (command, session, io) -> {
            session.state().setSearchDomains(split(command.arg("domains")));
            return 0;
        });
        commands.put("configure network hostname <hostname>", (command, session, io) -> {
            session.state().setHostname(command.arg("hostname"));
            return 0;
        });
        commands.put("configure network ipv4 manual <address> <netmask> <gateway>", (command, session, io) -> {
            io.out().println("Setting IPv4 network configuration.");
            session.state().setIpv4(new DeviceState.Ipv4("Manual", command.arg("address"), command.arg("netmask"), command.arg("gateway")));
            io.out().println("Network settings changed.");
            io.out().println();
            return 0;
        });
        commands.put("configure network ipv4 dhcp", (command, session, io) -> {
            io.out().println("Setting IPv4 network configuration.");
            DeviceState.Ipv4 old = session.state().ipv4();
            session.state().setIpv4(new DeviceState.Ipv4("DHCP", old.address(), old.netmask(), old.gateway()));
            io.out().println("Network settings changed.");
            io.out().println();
            return 0;
        });
        commands.put("configure network management-port <port>", (command, session, io) -> {
            int port = Integer.parseInt(command.arg("port"));
            session.state().setManagementPort(port);
            io.out().println("Management port changed to " + port + ".");
            return 0;
        });
        commands.put("configure network http-proxy", ConfigureCommands::httpProxy);
    }

    /** The interactive proxy dialog; an empty address turns the proxy off. */
    private static int httpProxy(ParseResult.Command command, FtdSession session, DeviceIo io) {
        io.out().println("Manual proxy configuration");
        String address = io.readLine("Enter HTTP Proxy address: ");
        if (address == null) {
            return 1;
        }
        address = address.strip();
        if (address.isEmpty()) {
            session.state().setProxy(DeviceState.Proxy.DISABLED);
            io.out().println("HTTP proxy disabled.");
            return 0;
        }
        if (!ArgType.IPV4.accepts(address) && !ArgType.HOSTNAME.accepts(address)) {
            io.out().println("Invalid proxy address.");
            return 1;
        }
        String portText = io.readLine("Enter HTTP Proxy Port: ");
        if (portText == null || !ArgType.PORT.accepts(portText.strip())) {
            io.out().println("Invalid port.");
            return 1;
        }
        String useAuth = io.readLine("Use Proxy Authentication? (y/n) [n]: ");
        if (useAuth == null) {
            return 1;
        }
        String user = null;
        String password = null;
        if (useAuth.strip().equalsIgnoreCase("y")) {
            user = io.readLine("Enter Proxy Username: ");
            password = io.readPassword("Enter Proxy Password: ");
            String confirm = io.readPassword("Confirm Proxy Password: ");
            if (user == null || password == null || !password.equals(confirm)) {
                io.out().println("Passwords do not match.");
                return 1;
            }
        }
        session.state().setProxy(new DeviceState.Proxy(true, address, Integer.parseInt(portText.strip()), user, user != null, password));
        return 0;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
