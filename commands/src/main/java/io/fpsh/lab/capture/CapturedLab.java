package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fpsh.ftd.ConnectorProperties;
import io.fpsh.ftd.ManagerInfo;
import io.fpsh.ftd.Managers;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.PmtoolStatus;
import io.fpsh.ftd.ResolvConfFile;
import io.fpsh.ftd.UnixSockets;
import io.fpsh.ftd.VersionInfo;
import io.fpsh.lab.LabFile;
import io.fpsh.playbook.SseRegion;
import io.fpsh.probe.ClockReading;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.ProbeResult;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.fpsh.lab.capture.LabTree.differs;
import static io.fpsh.lab.capture.LabTree.differsIfRead;
import static io.fpsh.lab.capture.LabTree.putIfAny;
import static io.fpsh.lab.capture.LabTree.putIfRead;
import static io.fpsh.lab.capture.LabTree.strings;

/**
 * A reading turned into a lab over its base ({@link LabBase}): a Jackson tree holding only what differs from the base,
 * in the lab file's own fields (README "Lab files"), and the list of what the capture saw but a lab cannot say. The
 * device as {@code show version} / {@code show network} give it; the DNS servers and how each treats the SSE hosts;
 * what each SSE host does on 443; the connector's region, daemons and EventHandler socket; the clock against the SSE
 * servers' Date; the last lines of connector.log and action_queue.log. The lab's sockets, websocket and its own log
 * lines follow from those faults, as on every lab.
 */
public final class CapturedLab {
    /** Written where the capture must never put what it read: a proxy's password (and its user, unseen). */
    public static final String PLACEHOLDER_USER = "proxy-user";
    public static final String PLACEHOLDER_PASSWORD = "CHANGE-ME";
    private static final long SKEW_WORTH_A_DAY_SECONDS = Duration.ofHours(12).toSeconds();

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final DeviceReading reading;
    private final LabFile base;
    private final List<String> unsaid = new ArrayList<>();

    /** The lab and what the capture saw but could not write into it (for the header). */
    public record Result(ObjectNode lab, String baseName, List<String> unsaid) {}

    private CapturedLab(DeviceReading reading, LabFile base) {
        this.reading = reading;
        this.base = base;
    }

    /**
     * @param baseName the shipped lab {@code base} is ({@link LabBase#forDevice})
     * @param siteDns  DNS servers the engineer named besides the configured ones (written as the site's)
     */
    public static Result of(DeviceReading reading, String baseName, LabFile base, List<String> siteDns) {
        CapturedLab capture = new CapturedLab(reading, base);
        ObjectNode lab = capture.build(baseName, siteDns);
        return new Result(lab, baseName, List.copyOf(capture.unsaid));
    }

    private ObjectNode build(String baseName, List<String> siteDns) {
        ObjectNode lab = json.objectNode();
        lab.put("base", baseName);
        VersionInfo version = reading.record("show-version", VersionInfo.class);
        lab.put("name", labName(version));
        lab.put("description", "Captured with fpsh lab capture on " + reading.capturedAt().truncatedTo(ChronoUnit.SECONDS));
        putIfAny(lab, "clock", clock());
        putIfAny(lab, "device", device(version));
        NetworkInfo network = reading.record("show-network", NetworkInfo.class);
        putIfAny(lab, "management", management(network));
        putIfAny(lab, "dns", dns(network));
        putIfAny(lab, "proxy", proxy(network));
        putIfAny(lab, "managers", managers());
        putIfAny(lab, "connector", connector());
        putIfAny(lab, "processes", processes());
        putIfAny(lab, "network", new NetworkCapture(reading, base, unsaid).network(network));
        // the device's last log lines: the lab's logs begin with them (issue 12 §5)
        putIfAny(lab, "logs", CapturedLogs.of(reading));
        if (!siteDns.isEmpty()) {
            lab.putObject("site").put("site-dns", siteDns.get(0));
        }
        return lab;
    }

    /** {@code captured-HOSTNAME} as a lab name may be written. */
    private static String labName(VersionInfo version) {
        String host = version == null || version.hostname() == null ? "device" : version.hostname();
        String name = ("captured-" + host.replaceAll("[^A-Za-z0-9._-]", "-"));
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    // --- the clock: the device's time, and how far it is from the SSE servers' (their Date) ---

    private ObjectNode clock() {
        ObjectNode clock = json.objectNode();
        ClockReading reading = this.reading.record("clock", ClockReading.class);
        if (reading == null) {
            return clock;
        }
        Instant start = reading.deviceTime().truncatedTo(ChronoUnit.SECONDS);
        if (!start.equals(base.clock().start())) {
            clock.put("start", start.toString());
        }
        serverDate().ifPresent(truth -> {
            long ahead = Duration.between(truth, reading.deviceTime()).toSeconds();
            if (Math.abs(ahead) >= SKEW_WORTH_A_DAY_SECONDS) {
                clock.put("deviceSkewDays", Math.round(ahead / 86400.0));
            }
        });
        return clock;
    }

    /** The first Date an SSE server sent: the network's true time (the runner's own clock is no measure). */
    private java.util.Optional<Instant> serverDate() {
        return reading.reaches().stream().map(reach -> curl(reach.insecure())).filter(Objects::nonNull)
                .map(CurlCheck::serverDate).filter(Objects::nonNull).findFirst().map(Instant::parse);
    }

    // --- the device ---

    private ObjectNode device(VersionInfo version) {
        ObjectNode device = json.objectNode();
        LabFile.Device was = base.device();
        if (version != null) {
            differs(device, "hostname", version.hostname(), was.hostname());
            differs(device, "model", version.model(), was.model());
            differs(device, "version", version.version(), was.version());
            if (version.build() != was.build()) {
                device.put("build", version.build());
            }
            differs(device, "uuid", version.uuid(), was.uuid());
            differs(device, "rulesUpdateVersion", version.rulesUpdateVersion(), was.rulesUpdateVersion());
            differs(device, "lspVersion", version.lspVersion(), was.lspVersion());
            differs(device, "vdbVersion", version.vdbVersion(), was.vdbVersion());
        }
        BannerLines banner = BannerLines.of(reading.banner());
        if (banner.productLine() != null) {
            differs(device, "osLine", banner.osLine(), was.osLine());
            differs(device, "productLine", banner.productLine(), was.productLine());
            differs(device, "copyrightYears", banner.copyrightYears(), was.copyrightYears());
        } else {
            unsaid.add("the login banner's OS and product lines (the base's are kept)");
        }
        SseRegion region = DeviceReader.region(reading.probes().get("connector-properties"));
        differs(device, "region", region.name(), was.region());
        return device;
    }

    // --- the management interface, as show network prints it ---

    private ObjectNode management(NetworkInfo network) {
        ObjectNode management = json.objectNode();
        if (network == null || network.managementInterface() == null) {
            return management;
        }
        LabFile.Management was = base.management();
        NetworkInfo.Interface read = network.managementInterface();
        differs(management, "interfaceName", read.name(), was.interfaceName());
        differsIfRead(management, "state", read.state(), was.state());
        differsIfRead(management, "link", read.link(), was.link());
        differsIfRead(management, "channels", read.channels(), was.channels());
        differsIfRead(management, "mode", read.mode(), was.mode());
        differsIfRead(management, "mdix", read.mdix(), was.mdix());
        if (read.mtu() != was.mtu() && read.mtu() > 0) {
            management.put("mtu", read.mtu());
        }
        differsIfRead(management, "mac", read.mac(), was.mac());
        ObjectNode ipv4 = json.objectNode();
        LabFile.Ipv4 wasIpv4 = was.ipv4();
        differsIfRead(ipv4, "configuration", read.ipv4Configuration(), wasIpv4.configuration());
        differsIfRead(ipv4, "address", read.address(), wasIpv4.address());
        differsIfRead(ipv4, "netmask", read.netmask(), wasIpv4.netmask());
        differsIfRead(ipv4, "gateway", network.defaultGateway(), wasIpv4.gateway());
        putIfAny(management, "ipv4", ipv4);
        if (network.managementPort() != was.port() && network.managementPort() > 0) {
            management.put("port", network.managementPort());
        }
        return management;
    }

    // --- the resolver ---

    private ObjectNode dns(NetworkInfo network) {
        ObjectNode dns = json.objectNode();
        LabFile.Dns was = base.dns();
        ResolvConfFile file = reading.record("resolv-conf", ResolvConfFile.class);
        List<String> servers = network != null ? network.dnsServers() : file != null ? file.nameservers() : null;
        if (servers != null && !servers.equals(was.servers())) {
            dns.set("servers", strings(servers));
        }
        List<String> domains = file != null ? file.searchDomains() : network != null ? network.domains() : null;
        if (domains != null && !domains.equals(Objects.requireNonNullElse(was.searchDomains(), List.of()))) {
            dns.set("searchDomains", strings(domains));
        }
        if (file != null) {
            for (String option : file.options()) {
                if (option.matches("timeout:\\d{1,2}") && !Objects.equals(number(option), was.timeoutSeconds())) {
                    dns.put("timeoutSeconds", number(option));
                } else if (option.matches("attempts:\\d{1,2}") && !Objects.equals(number(option), was.attempts())) {
                    dns.put("attempts", number(option));
                }
            }
        }
        return dns;
    }

    private static Integer number(String option) {
        return Integer.valueOf(option.substring(option.indexOf(':') + 1));
    }

    // --- the device's proxy setting: address and port as read; credentials never (placeholders) ---

    private ObjectNode proxy(NetworkInfo network) {
        ObjectNode proxy = json.objectNode();
        if (network == null || network.proxy() == null) {
            return proxy;
        }
        NetworkInfo.Proxy read = network.proxy();
        boolean was = base.proxy() != null && base.proxy().enabled();
        if (!read.enabled()) {
            if (was) {
                proxy.put("enabled", false);
            }
            return proxy;
        }
        proxy.put("enabled", true);
        proxy.put("address", read.address());
        proxy.put("port", read.port());
        if (read.authenticated()) {
            proxy.put("user", PLACEHOLDER_USER);
            proxy.put("password", PLACEHOLDER_PASSWORD);
            unsaid.add("the proxy's user and password (never captured): " + PLACEHOLDER_USER + " / "
                    + PLACEHOLDER_PASSWORD + " stand in, in proxy and network.proxy");
        }
        return proxy;
    }

    // --- managers: show managers' list replaces the base's, entry by entry ---

    private ArrayNode managers() {
        ArrayNode managers = json.arrayNode();
        Managers read = reading.record("show-managers", Managers.class);
        if (read == null) {
            return managers;
        }
        for (ManagerInfo manager : read.managers()) {
            if (manager.isLocal() || manager.host() == null) {
                unsaid.add("the device is managed locally (FDM): a lab's managers are an FMC's");
                continue;
            }
            ObjectNode entry = managers.addObject();
            entry.put("host", manager.host());
            putIfRead(entry, "registration", manager.registration());
            putIfRead(entry, "displayName", manager.displayName());
            putIfRead(entry, "version", manager.version());
            putIfRead(entry, "identifier", manager.identifier());
            putIfRead(entry, "managementType", manager.managementType());
        }
        List<LabFile.Manager> before = Objects.requireNonNullElse(base.managers(), List.of());
        List<LabFile.Manager> after = read.managers().stream().filter(m -> m.host() != null && !m.isLocal())
                .map(m -> new LabFile.Manager(m.host(), m.registration(), m.displayName(), m.version(), m.identifier(),
                        m.managementType())).toList();
        if (after.equals(before)) {
            return json.arrayNode(); // the base's managers, as read
        }
        return managers; // the base's other managers are removed by BaseRemovals, after any anonymization
    }

    // --- the connector: connector.properties, its region's eventing host, the EventHandler socket ---

    private ObjectNode connector() {
        ObjectNode connector = json.objectNode();
        LabFile.Connector was = base.connector();
        ConnectorProperties read = reading.record("connector-properties", ConnectorProperties.class);
        if (read != null) {
            differs(connector, "fqdn", read.connectorFqdn(), was.fqdn());
            if (read.connectorPort() != null && read.connectorPort() != was.port()) {
                connector.put("port", read.connectorPort());
            }
            if (read.registrationInterval() != null && read.registrationInterval() != was.registrationInterval()) {
                connector.put("registrationInterval", read.registrationInterval());
            }
        }
        SseRegion region = DeviceReader.region(reading.probes().get("connector-properties"));
        differs(connector, "eventingHost", region.eventingHost(), was.eventingHost());
        UnixSockets sockets = reading.record("netstat", UnixSockets.class);
        if (sockets != null) {
            List<String> states = sockets.sockets().stream()
                    .filter(s -> s.path() != null && s.path().endsWith("EventHandler_SSEConnector.sock"))
                    .map(UnixSockets.Socket::state).toList();
            String socket = states.contains("CONNECTED") ? "connected" : states.contains("LISTENING") ? "listening" : null;
            String wasSocket = was.eventHandlerAttached() ? "connected" : "listening";
            if (socket != null && !socket.equals(wasSocket)) {
                connector.put("eventHandlerSocket", socket);
            }
        }
        return connector;
    }

    // --- the daemons the lab models: running or disabled, as pmtool says ---

    private ArrayNode processes() {
        ArrayNode processes = json.arrayNode();
        PmtoolStatus read = reading.record("pmtool", PmtoolStatus.class);
        if (read == null) {
            return processes;
        }
        for (LabFile.Process was : Objects.requireNonNullElse(base.processes(), List.<LabFile.Process>of())) {
            read.daemons().stream().filter(d -> d.name().equals(was.name())).findFirst().ifPresent(daemon -> {
                boolean running = "Running".equalsIgnoreCase(daemon.state());
                ObjectNode entry = json.objectNode().put("name", was.name());
                if (running && daemon.pid() != null && daemon.pid() != was.pid()) {
                    entry.put("pid", daemon.pid());
                }
                if (running != was.running()) {
                    entry.put("state", running ? "running" : "disabled");
                    if (!running && !"Disabled".equalsIgnoreCase(daemon.state())) {
                        unsaid.add(was.name() + " is " + daemon.state() + " in pmtool: written as disabled");
                    }
                }
                if (entry.size() > 1) {
                    processes.add(entry);
                }
            });
        }
        return processes;
    }

    // --- helpers ---

    /** The lookup's final answer: the patient one when the quick one was given another chance. */
    static DnsLookup answered(DeviceReading.Lookup lookup) {
        ProbeResult last = lookup.patient() != null ? lookup.patient() : lookup.quick();
        return last != null && last.ok() && last.record() instanceof DnsLookup answer ? answer : null;
    }

    static CurlCheck curl(ProbeResult result) {
        return result != null && result.ok() && result.record() instanceof CurlCheck check ? check : null;
    }
}
