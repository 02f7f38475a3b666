package io.fpsh.ftd;

import io.fpsh.ftd.LabelledSections.Field;
import io.fpsh.ftd.LabelledSections.Section;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a device's {@code show network} text into {@link NetworkInfo}, whichever layout printed it (guide 6.5 eth0,
 * 6.x br1, 6.2 FPR2100 management0, 7.2, 7.4). Lines a layout does not print come back as null (or an empty list,
 * or a null proxy when the proxy block is missing); 7.4's {@code DNS from router} and speeds are kept as printed.
 * 7.4's lowercase {@code Admin State}/{@code Link} ({@code enabled}, {@code up}) are read as the record's
 * {@code Enabled}/{@code Up}, the words the other layouts print.
 */
public final class ShowNetworkParser {
    private static final String COMMAND = "show network";
    private static final String SYSTEM = "System Information";
    private static final String PROXY = "Proxy Information";
    private static final Set<String> NOT_AN_INTERFACE = Set.of(SYSTEM, PROXY);

    private ShowNetworkParser() {}

    public static NetworkInfo parse(String text) {
        List<Section> sections = LabelledSections.read(CapturedOutput.lines(text));
        Section system = titled(sections, SYSTEM).orElseThrow(() -> missing("no '[ " + SYSTEM + " ]' header"));
        Section nic = sections.stream()
                .filter(s -> s.fill() == '=' && !s.title().isEmpty() && !NOT_AN_INTERFACE.contains(s.title()))
                .findFirst()
                .orElseThrow(() -> missing("no interface block such as '[ br1 ]', '[ eth0 ]' or '[ management0 ]'"));
        Section ipv4 = after(sections, nic, "IPv4");
        Section ipv6 = after(sections, nic, "IPv6");
        return new NetworkInfo(
                required(system, "Hostname"),
                values(system, "Domains"),
                values(system, "DNS Servers"),
                number(system, "Management port"),
                gateway(system, ipv4),
                new NetworkInfo.Interface(
                        nic.title(),
                        adminState(nic),
                        capitalised(nic.valueOf("Link")),
                        nic.valueOf("Channels"),
                        nic.valueOf("Mode"),
                        nic.valueOf("MDI/MDIX"),
                        number(nic, "MTU"),
                        nic.valueOf("MAC Address"),
                        ipv4 == null ? null : ipv4.valueOf("Configuration"),
                        ipv4 == null ? null : ipv4.valueOf("Address"),
                        ipv4 == null ? null : ipv4.valueOf("Netmask"),
                        ipv4 == null ? null : ipv4.valueOf("Broadcast"),
                        ipv6 == null ? null : ipv6.valueOf("Configuration"),
                        nic.valueOf("Admin Speed"),
                        nic.valueOf("Operation Speed")),
                titled(sections, PROXY).map(ShowNetworkParser::proxy).orElse(null),
                system.valueOf("DNS from router"));
    }

    /** 6.x prints {@code State}; 7.4 prints {@code Admin State} in lowercase. */
    private static String adminState(Section nic) {
        String state = nic.valueOf("State") != null ? nic.valueOf("State") : capitalised(nic.valueOf("Admin State"));
        if (state == null) {
            throw missing("no 'State' or 'Admin State' line in '[ " + nic.title() + " ]'");
        }
        return state;
    }

    /** The route under {@code IPv4 Default route}; 7.4 repeats it inside {@code [ IPv4 ]}, the fallback here. */
    private static String gateway(Section system, Section ipv4) {
        String gateway = system.valueOf("Gateway");
        return gateway != null || ipv4 == null ? gateway : ipv4.valueOf("Gateway");
    }

    private static NetworkInfo.Proxy proxy(Section proxy) {
        String port = proxy.valueOf("HTTP Proxy Port");
        return new NetworkInfo.Proxy(
                "Enabled".equalsIgnoreCase(required(proxy, "State")),
                proxy.valueOf("HTTP Proxy Address"),
                port == null ? 0 : number(proxy, "HTTP Proxy Port"),
                "Enabled".equalsIgnoreCase(proxy.valueOf("Authentication")));
    }

    private static Optional<Section> titled(List<Section> sections, String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst();
    }

    /** The first {@code ---[ title ]---} section after the interface header, or null. */
    private static Section after(List<Section> sections, Section nic, String title) {
        // nic is found by identity: List.indexOf's call to a record's equals costs a cold process ~20 ms of
        // method-handle spinning (ObjectMethods' bootstrap, which the class-data archive does not keep)
        int from = 0;
        while (sections.get(from) != nic) {
            from++;
        }
        return sections.subList(from, sections.size()).stream()
                .filter(s -> s.title().equals(title)).findFirst().orElse(null);
    }

    private static List<String> values(Section section, String label) {
        return section.field(label).map(Field::values).map(List::copyOf).orElse(List.of());
    }

    private static String required(Section section, String label) {
        String value = section.valueOf(label);
        if (value == null) {
            throw missing("no '" + label + "' line in '[ " + section.title() + " ]'");
        }
        return value;
    }

    private static int number(Section section, String label) {
        String value = required(section, label);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new FtdParseException(COMMAND, "'" + label + "' is not a number: '" + value + "'");
        }
    }

    private static String capitalised(String value) {
        return value == null || value.isEmpty() ? value : value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
    }

    private static FtdParseException missing(String what) {
        return new FtdParseException(COMMAND, what);
    }
}
