package io.fpsh.world;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The world's records as the text pages {@code :fmc}, {@code :sse} and {@code :smart-account} print, laid out like
 * the GUIs they stand for: a heading with the GUI's menu path, then {@code Label: value} lines or a table. The
 * lab-only probes parse these pages back. [UNVERIFIED: the GUIs' labels are the facts file's (3.4) and the guide's;
 * the layout as text is fpsh's own]
 */
public final class WorldPages {
    public static final String FMC_HEADING = "FMC > System > Integration > Cloud Services";
    public static final String REGION = "Cisco Cloud Region";
    public static final String INTEGRATION = "Cisco Cloud integration";
    public static final String EVENTS = "Cisco Cloud Event Configuration";
    public static final String PENDING = "Pending deployment";
    public static final String SMART_ACCOUNT = "Smart Account";
    public static final String EVENTING = "Eventing";
    public static final String XDR = "Cisco XDR threat response";
    public static final String NO_DEVICES = "No devices.";
    public static final String NO_EVENTS = "No events.";
    public static final String NONE_LINKED = "none linked";
    public static final String SA_HEADING = "software.cisco.com > Administration > Manage Smart Account";
    public static final String VIRTUAL_ACCOUNT = "Virtual account";
    public static final String LICENCES = "Security licences";
    public static final String USER = "User";
    public static final String ROLE = "Role";
    /** The FMC's event selection: the type's key (lab files, {@code set event-types}) and its checkbox's label. */
    public static final Map<String, String> EVENT_TYPE_LABELS = Map.of(
            "intrusion", "Send Intrusion Events",
            "file-malware", "Send File and Malware Events",
            "connection", "Send High Priority Connection Events");
    /** An event's type as the portal's Events list names it. [UNVERIFIED: the portal's wording] */
    public static final Map<String, String> EVENT_TYPE_NAMES = Map.of(
            "intrusion", "Intrusion Event",
            "file-malware", "File/Malware Event",
            "connection", "Connection Event");
    public static final List<String> EVENT_TYPE_ORDER = List.of("intrusion", "file-malware", "connection");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** How often a lab's device sends an event while its events reach SSE. [INVENTED: a lab's traffic has no rate] */
    public static final java.time.Duration EVENT_PERIOD = java.time.Duration.ofMinutes(5);
    static final String DEVICE_ROW = "%-20s %-36s %-10s %s";
    static final String EVENT_ROW = "%-23s  %-20s %s";

    private WorldPages() {}

    /** The SSE portal of a region (the facts file's 3.3: admin.sse, admin.eu.sse, admin.apj.sse). */
    public static String portal(String region) {
        return switch (region) {
            case "EU" -> "https://admin.eu.sse.itd.cisco.com";
            case "APJ" -> "https://admin.apj.sse.itd.cisco.com";
            default -> "https://admin.sse.itd.cisco.com";
        };
    }

    /** The region's API host, as the FMC's region list shows it beside the region (facts 3.3). */
    public static String apiHost(String region) {
        return switch (region) {
            case "EU" -> "api.eu.sse.itd.cisco.com";
            case "APJ" -> "api.apj.sse.itd.cisco.com";
            default -> "api-sse.cisco.com";
        };
    }

    public static String fmc(FmcCloudServices page) {
        StringBuilder out = new StringBuilder(FMC_HEADING).append("\n");
        line(out, REGION, page.region() + " (" + apiHost(page.region()) + ")");
        line(out, INTEGRATION, enabled(page.integration()));
        line(out, EVENTS, enabled(page.events()));
        for (String type : EVENT_TYPE_ORDER) {
            out.append("  [").append(page.eventTypes().contains(type) ? 'x' : ' ').append("] ")
                    .append(EVENT_TYPE_LABELS.get(type)).append('\n');
        }
        if (page.pending().isEmpty()) {
            line(out, PENDING, "none");
        } else {
            line(out, PENDING, page.pending().size() + " change(s), not on the device until deployed (:fmc deploy)");
            page.pending().forEach(change -> out.append("  ").append(change).append('\n'));
        }
        return out.toString();
    }

    public static String sseDevices(SseDevices page) {
        StringBuilder out = new StringBuilder(sseHeading(page.region(), "Devices"));
        line(out, SMART_ACCOUNT, page.linked() ? page.smartAccount() : NONE_LINKED);
        if (page.devices().isEmpty()) {
            return out.append(NO_DEVICES).append('\n').toString();
        }
        out.append(String.format(DEVICE_ROW, "NAME", "UUID", "VERSION", "STATUS").stripTrailing()).append('\n');
        for (SseDevices.Device device : page.devices()) {
            out.append(String.format(DEVICE_ROW, device.name(), device.uuid(), device.version(), device.status())
                    .stripTrailing()).append('\n');
        }
        return out.toString();
    }

    public static String sseEvents(String region, SseEvents page) {
        StringBuilder out = new StringBuilder(sseHeading(region, "Events"));
        if (page.events().isEmpty()) {
            return out.append(NO_EVENTS).append('\n').toString();
        }
        out.append(String.format(EVENT_ROW, "TIME", "DEVICE", "TYPE")).append('\n');
        for (SseEvents.Event event : page.events()) {
            out.append(String.format(EVENT_ROW, TIME.format(event.time()), event.device(),
                    EVENT_TYPE_NAMES.getOrDefault(event.type(), event.type()))).append('\n');
        }
        return out.toString();
    }

    public static String sseCloudServices(String region, SseCloudServices page) {
        StringBuilder out = new StringBuilder(sseHeading(region, "Cloud Services"));
        line(out, EVENTING, enabled(page.eventing()));
        line(out, XDR, enabled(page.xdrThreatResponse()));
        return out.toString();
    }

    public static String smartAccount(SmartAccountInfo page) {
        StringBuilder out = new StringBuilder(SA_HEADING).append("\n");
        line(out, SMART_ACCOUNT, page.name());
        line(out, VIRTUAL_ACCOUNT, page.virtualAccount());
        line(out, LICENCES, page.holdsLicences() ? "held by " + page.virtualAccount() : "none in " + page.virtualAccount());
        line(out, USER, page.user());
        line(out, ROLE, page.role());
        return out.toString();
    }

    /** The heading of an SSE portal page: the portal's address (its region's) and the page. */
    public static String sseHeading(String region, String page) {
        return "SSE portal " + portal(region) + " (" + region + ") > " + page + "\n";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("%-33s %s", label + ":", value)).append('\n');
    }

    public static String enabled(boolean on) {
        return on ? "Enabled" : "Disabled";
    }
}
