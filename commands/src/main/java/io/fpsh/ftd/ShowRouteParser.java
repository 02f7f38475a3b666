package io.fpsh.ftd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a device's {@code show route} into {@link LinaRoutingTable}: the legend is skipped, the gateway line read,
 * then one entry per code line; an indented line continues the entry above it (an equal-cost gateway, or the half
 * of a long entry the device wraps). Dynamic routes' ages ({@code , 20:41:24}) are read past.
 */
public final class ShowRouteParser {
    private static final String COMMAND = "show route";
    private static final Pattern LAST_RESORT = Pattern.compile("Gateway of last resort is (?:not set|(\\S+) to network \\S+)");
    private static final Pattern ENTRY = Pattern.compile("(\\S+(?: \\S{1,2})?)\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+) (\\d+\\.\\d+\\.\\d+\\.\\d+)(.*)");
    private static final Pattern CONNECTED = Pattern.compile("(?:\\[\\d+/\\d+\\] )?is directly connected, (\\S+)");
    // an age begins with a digit (20:41:24, 1w0d); a BGP route names no interface
    private static final Pattern HOP = Pattern.compile("\\[(\\d+)/(\\d+)\\] via ([^,\\s]+)(?:, \\d[\\w:]*)?(?:, ([^\\d\\s]\\S*))?");

    private ShowRouteParser() {}

    public static LinaRoutingTable parse(String text) {
        List<String> lines = CapturedOutput.lines(text);
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith("Gateway of last resort")) {
            at++;
        }
        if (at == lines.size()) {
            throw new FtdParseException(COMMAND, "no 'Gateway of last resort' line");
        }
        Matcher lastResort = LAST_RESORT.matcher(lines.get(at).strip());
        if (!lastResort.matches()) {
            throw new FtdParseException(COMMAND, "unreadable gateway line: '" + lines.get(at).strip() + "'");
        }
        List<String[]> entries = new ArrayList<>(); // {code, network, netmask, rest}
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (entries.isEmpty()) {
                    throw new FtdParseException(COMMAND, "a continuation line before any route: '" + line.strip() + "'");
                }
                String[] last = entries.get(entries.size() - 1);
                last[3] = (last[3] + " " + line.strip()).strip();
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                throw new FtdParseException(COMMAND, "not a route line: '" + line.strip() + "'");
            }
            entries.add(new String[] {entry.group(1), entry.group(2), entry.group(3), entry.group(4).strip()});
        }
        List<LinaRoutingTable.Route> routes = new ArrayList<>();
        for (String[] entry : entries) {
            routes.add(route(entry));
        }
        return new LinaRoutingTable(lastResort.group(1), routes);
    }

    private static LinaRoutingTable.Route route(String[] entry) {
        Matcher connected = CONNECTED.matcher(entry[3]);
        if (connected.matches()) {
            return LinaRoutingTable.Route.connected(entry[0], entry[1], entry[2], connected.group(1));
        }
        List<LinaRoutingTable.NextHop> hops = new ArrayList<>();
        String nameif = null;
        Matcher hop = HOP.matcher(entry[3]);
        int end = 0;
        while (hop.find()) {
            if (hop.start() != end && !entry[3].substring(end, hop.start()).isBlank()) {
                break;
            }
            hops.add(new LinaRoutingTable.NextHop(Integer.parseInt(hop.group(1)), Integer.parseInt(hop.group(2)), hop.group(3)));
            nameif = hop.group(4) == null ? nameif : hop.group(4);
            end = hop.end();
        }
        if (hops.isEmpty() || end != entry[3].length()) {
            throw new FtdParseException(COMMAND, "unreadable route to " + entry[1] + ": '" + entry[3] + "'");
        }
        return new LinaRoutingTable.Route(entry[0], entry[1], entry[2], hops, nameif);
    }
}
