package io.fpsh.ftd;

/**
 * Renders {@link NetworkInfo} as {@code show network} prints it, in one of the layouts the lab chooses:
 * {@code guide-6.5} (the guide's eth0 layout, with its {@code Link} line), {@code 6.x} (br1/management0),
 * {@code 7.4} (admin state and speeds, no broadcast, lines padded to 52 columns).
 */
public final class ShowNetworkRenderer {
    private final String layout;

    public ShowNetworkRenderer(String layout) {
        this.layout = layout == null ? "guide-6.5" : layout;
    }

    public String render(NetworkInfo info) {
        boolean v74 = layout.equals("7.4");
        StringBuilder out = new StringBuilder();
        out.append(CliText.header('=', "System Information")).append('\n');
        out.append(CliText.field("Hostname", info.hostname())).append('\n');
        if (!info.domains().isEmpty()) {
            CliText.multiField(out, "Domains", info.domains());
        }
        if (!info.dnsServers().isEmpty()) {
            CliText.multiField(out, "DNS Servers", info.dnsServers());
        }
        if (v74) {
            out.append(CliText.field("DNS from router", "enabled")).append('\n');
        }
        out.append(CliText.field("Management port", info.managementPort())).append('\n');
        out.append("IPv4 Default route").append('\n');
        String gatewayLabel = layout.equals("guide-6.5") ? "Gateway" : "  Gateway";
        out.append(CliText.field(gatewayLabel, info.defaultGateway())).append('\n');
        out.append('\n');
        NetworkInfo.Interface nic = info.managementInterface();
        out.append(CliText.header('=', nic.name())).append('\n');
        if (v74) {
            out.append(CliText.field("Admin State", nic.state().toLowerCase())).append('\n');
            out.append(CliText.field("Admin Speed", "1gbps")).append('\n');
            out.append(CliText.field("Operation Speed", "1gbps")).append('\n');
            out.append(CliText.field("Link", nic.link().toLowerCase())).append('\n');
        } else {
            out.append(CliText.field("State", nic.state())).append('\n');
            if (layout.equals("guide-6.5")) {
                out.append(CliText.field("Link", nic.link())).append('\n');
            }
        }
        out.append(CliText.field("Channels", nic.channels())).append('\n');
        out.append(CliText.field("Mode", nic.mode())).append('\n');
        out.append(CliText.field("MDI/MDIX", nic.mdix())).append('\n');
        out.append(CliText.field("MTU", nic.mtu())).append('\n');
        out.append(CliText.field("MAC Address", nic.mac())).append('\n');
        out.append(CliText.header('-', "IPv4")).append('\n');
        out.append(CliText.field("Configuration", nic.ipv4Configuration())).append('\n');
        out.append(CliText.field("Address", nic.address())).append('\n');
        out.append(CliText.field("Netmask", nic.netmask())).append('\n');
        if (!v74) {
            out.append(CliText.field("Broadcast", nic.broadcast())).append('\n');
        }
        out.append(CliText.header('-', "IPv6")).append('\n');
        out.append(CliText.field("Configuration", nic.ipv6Configuration())).append('\n');
        out.append('\n');
        out.append(CliText.header('=', "Proxy Information")).append('\n');
        NetworkInfo.Proxy proxy = info.proxy();
        if (proxy.enabled()) {
            out.append(CliText.field("State", "Enabled")).append('\n');
            out.append(CliText.field("HTTP Proxy Address", proxy.address())).append('\n');
            out.append(CliText.field("HTTP Proxy Port", proxy.port())).append('\n');
        } else {
            out.append(CliText.field("State", "Disabled")).append('\n');
        }
        out.append(CliText.field("Authentication", proxy.authenticated() ? "Enabled" : "Disabled")).append('\n');
        if (v74) {
            out.append('\n');
            return padLines(out.toString());
        }
        return out.toString();
    }

    /** 7.4 pads every line with spaces to the header width. */
    private static String padLines(String text) {
        StringBuilder padded = new StringBuilder();
        text.lines().forEach(line -> padded.append(String.format("%-" + CliText.WIDTH + "s", line)).append('\n'));
        return padded.toString();
    }
}
