package io.fpsh.ftd;

import java.util.List;
import java.util.Locale;

/**
 * Renders {@link NetworkInfo} as {@code show network} prints it, in one of the {@link ShowNetworkLayout}s: each
 * layout has its own order, indents, spacing and padding; the fields are those of the record. Optional fields that
 * are null (or empty lists, or a null proxy) are left out, as a parser returns them when the device did not print
 * them, so a record given as the layout shows it ({@link ShowNetworkLayout#shown}) reads back whole.
 */
public final class ShowNetworkRenderer {
    /** The layout names a lab may choose. */
    public static final List<String> LAYOUTS = ShowNetworkLayout.LABELS;
    // What 7.4 prints as the default route when the management interface routes through the data interfaces.
    private static final String VIA_DATA_INTERFACES = "data-interfaces";

    private final ShowNetworkLayout layout;

    public ShowNetworkRenderer(String layout) {
        this(ShowNetworkLayout.named(layout));
    }

    public ShowNetworkRenderer(ShowNetworkLayout layout) {
        this.layout = layout;
    }

    public String render(NetworkInfo info) {
        StringBuilder out = new StringBuilder();
        systemInformation(out, info);
        blockSeparator(out);
        managementInterface(out, info.managementInterface(), info.defaultGateway());
        if (info.proxy() != null) {
            blockSeparator(out);
            proxyInformation(out, info.proxy());
        }
        if (is74()) {
            out.append('\n');
            return padLines(out.toString());
        }
        return out.toString();
    }

    private void systemInformation(StringBuilder out, NetworkInfo info) {
        line(out, CliText.header('=', "System Information"));
        line(out, CliText.field("Hostname", info.hostname()));
        if (!info.domains().isEmpty()) {
            CliText.multiField(out, "Domains", info.domains());
        }
        if (!info.dnsServers().isEmpty()) {
            CliText.multiField(out, "DNS Servers", info.dnsServers());
        }
        optional(out, "DNS from router", layout.printsAdminFields() ? info.dnsFromRouter() : null);
        line(out, CliText.field("Management port", info.managementPort()));
        if (info.defaultGateway() != null) {
            line(out, "IPv4 Default route");
            line(out, CliText.field(gatewayIndent() + "Gateway", info.defaultGateway()));
        }
    }

    private void managementInterface(StringBuilder out, NetworkInfo.Interface nic, String gateway) {
        line(out, CliText.header('=', nic.name()));
        if (is74()) {
            line(out, CliText.field("Admin State", nic.state().toLowerCase(Locale.ROOT)));
            optional(out, "Admin Speed", nic.adminSpeed());
            optional(out, "Operation Speed", nic.operationSpeed());
            optional(out, "Link", nic.link() == null ? null : nic.link().toLowerCase(Locale.ROOT));
        } else {
            line(out, CliText.field("State", nic.state()));
            optional(out, "Link", layout.printsLink() ? nic.link() : null);
        }
        optional(out, "Channels", nic.channels());
        // The B2 6.x sample leaves a space after these two values (and only these).
        String afterValue = layout == ShowNetworkLayout.V6X ? " " : "";
        optional(out, "Mode", nic.mode() == null ? null : nic.mode() + afterValue);
        optional(out, "MDI/MDIX", nic.mdix() == null ? null : nic.mdix() + afterValue);
        line(out, CliText.field("MTU", nic.mtu()));
        optional(out, "MAC Address", nic.mac());
        line(out, CliText.header('-', "IPv4"));
        optional(out, "Configuration", nic.ipv4Configuration());
        optional(out, "Address", nic.address());
        optional(out, "Netmask", nic.netmask());
        if (is74()) {
            // After `configure network ipv4 manual ... <gateway>` 7.4 repeats the route here (B1).
            optional(out, "Gateway", VIA_DATA_INTERFACES.equals(gateway) ? null : gateway);
        } else {
            optional(out, "Broadcast", nic.broadcast());
        }
        if (nic.ipv6Configuration() != null) {
            line(out, CliText.header('-', "IPv6"));
            line(out, CliText.field("Configuration", nic.ipv6Configuration()));
        }
    }

    private static void proxyInformation(StringBuilder out, NetworkInfo.Proxy proxy) {
        line(out, CliText.header('=', "Proxy Information"));
        line(out, CliText.field("State", proxy.enabled() ? "Enabled" : "Disabled"));
        if (proxy.enabled()) {
            optional(out, "HTTP Proxy Address", proxy.address());
            line(out, CliText.field("HTTP Proxy Port", proxy.port()));
        }
        line(out, CliText.field("Authentication", proxy.authenticated() ? "Enabled" : "Disabled"));
    }

    private boolean is74() {
        return layout == ShowNetworkLayout.V74;
    }

    /** The FPR2100 6.2.3 sample indents the gateway label by 1, the other 6.x and 7.x by 2, the guide not at all. */
    private String gatewayIndent() {
        return switch (layout) {
            case GUIDE_65 -> "";
            case FPR_62 -> " ";
            default -> "  ";
        };
    }

    private void blockSeparator(StringBuilder out) {
        if (layout != ShowNetworkLayout.FPR_62) {
            out.append('\n');
        }
    }

    private static void optional(StringBuilder out, String label, Object value) {
        if (value != null) {
            line(out, CliText.field(label, value));
        }
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

    /** 7.4 pads every line with spaces to the header width. */
    private static String padLines(String text) {
        StringBuilder padded = new StringBuilder();
        text.lines().forEach(line -> padded.append(String.format("%-" + CliText.WIDTH + "s", line)).append('\n'));
        return padded.toString();
    }
}
