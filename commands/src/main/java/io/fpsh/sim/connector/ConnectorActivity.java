package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What the SSE connector and ActionQueueScrape have done by the lab's current time: their log lines and the
 * connector's websocket. Both run on a schedule in lab time and follow the DNS configuration in force at each
 * run, so a fix shows from the next run on.
 */
public final class ConnectorActivity {
    /** How far back the logs reach before the session began. */
    static final Duration HISTORY = Duration.ofMinutes(30);
    /** The connector retries its websocket about every four and a half minutes, as the guide's log shows. */
    static final Duration WEBSOCKET_RETRY = Duration.ofSeconds(263);
    static final String CAN_CONNECT_CURL = "/usr/bin/curl -s --connect-timeout 10 -m 20 -L --max-redirs 5 "
            + "--max-filesize 104857600 --capath /ngfw/etc/sf/keys/fireamp/thawte_roots -f ";
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

    private final DeviceState state;
    private final Reachability reachability;
    private final LabFile.Connector connector;
    private final int aqsPid;

    public ConnectorActivity(DeviceState state, Reachability reachability) {
        this.state = state;
        this.reachability = reachability;
        this.connector = state.lab().connector();
        this.aqsPid = Objects.requireNonNullElse(state.lab().processes(), List.<LabFile.Process>of()).stream()
                .filter(p -> p.name().equals("ActionQueueScrape")).mapToInt(LabFile.Process::pid).findFirst().orElse(19094);
    }

    /** The regions URL that canConnect asks, in the lab's region. */
    public String canConnectUrl() {
        return "https://" + connector.fqdn() + "/providers/sse/api/v1/regions";
    }

    /** action_queue.log: a line for each canConnect run that failed. */
    public String actionQueueLog() {
        StringBuilder out = new StringBuilder();
        Duration every = Duration.ofSeconds(connector.canConnectIntervalSeconds());
        for (Instant run = firstRun(every); !run.isAfter(state.clock().now()); run = run.plus(every)) {
            int status = reachability.canConnectStatus(connector.fqdn(), state.dnsServersAt(run), 10);
            if (status != 0) {
                out.append("ActionQueueScrape.pl[").append(aqsPid).append("]: [SF::SSE::Enrollment] canConnect: System (")
                        .append(CAN_CONNECT_CURL).append(canConnectUrl()).append(") Failed, curl returned ").append(status)
                        .append(" at /ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pmline 10477.\n");
            }
        }
        return out.toString();
    }

    /**
     * connector.log: the websocket attempts to the eventing host, failing while its name does not resolve. The
     * connector retries on a timer and at once when the network configuration changes.
     */
    public String connectorLog() {
        StringBuilder out = new StringBuilder();
        ZoneOffset offset = ZoneOffset.of(Objects.requireNonNullElse(state.lab().clock().logOffset(), "Z"));
        String host = connector.eventingHost();
        long attempt = 0;
        for (Instant run : websocketAttempts()) {
            attempt++;
            Instant stamp = run.plusNanos(884_720_461L + attempt * 7_919_333L % 100_000_000L);
            String time = GO_TIME.format(stamp.atOffset(offset));
            Reachability.Lookup lookup = reachability.resolve(host, state.dnsServersAt(run));
            String prefix = "time=\"" + time + "\" level=%s msg=\"[" + state.hostname() + "][events.go:%d events:connectWebSocket] ";
            if (lookup.resolved()) {
                out.append(String.format(prefix, "info", 118)).append("websocket connected to wss://").append(host)
                        .append("/events (").append(lookup.addresses().get(0)).append(":443)\"\n");
                break;
            } else if (lookup.timedOut()) {
                int port = 32768 + (int) (attempt * 7_717 % 28_000);
                out.append(String.format(prefix, "error", 90)).append("dial tcp: lookup ").append(host).append(" on ")
                        .append(lookup.lastServer()).append(":53: read udp ").append(state.ipv4().address()).append(':').append(port)
                        .append("->").append(lookup.lastServer()).append(":53: i/o timeout\"\n");
            } else {
                out.append(String.format(prefix, "error", 90)).append("dial tcp: lookup ").append(host).append(" on ")
                        .append(lookup.lastServer()).append(":53: no such host\"\n");
            }
        }
        return out.toString();
    }

    /** When the connector tried its websocket, up to now: every retry period, and at each DNS change. */
    private List<Instant> websocketAttempts() {
        Instant now = state.clock().now();
        java.util.TreeSet<Instant> attempts = new java.util.TreeSet<>();
        for (Instant run = firstRun(WEBSOCKET_RETRY); !run.isAfter(now); run = run.plus(WEBSOCKET_RETRY)) {
            attempts.add(run);
        }
        for (DeviceState.DnsChange change : state.dnsHistory()) {
            if (change.at().isAfter(state.clock().start().minus(HISTORY)) && !change.at().isAfter(now)) {
                attempts.add(change.at());
            }
        }
        return List.copyOf(attempts);
    }

    /** The connector's websocket to the eventing host: which address, and the name lsof shows for it. */
    public record Websocket(String address, String reverseName) {}

    /** The websocket, once it is up: the connector's last attempt resolved the eventing host. */
    public java.util.Optional<Websocket> websocket() {
        List<Instant> attempts = websocketAttempts();
        if (attempts.isEmpty()) {
            return java.util.Optional.empty();
        }
        Reachability.Lookup lookup = reachability.resolve(connector.eventingHost(), state.dnsServersAt(attempts.get(attempts.size() - 1)));
        if (!lookup.resolved()) {
            return java.util.Optional.empty();
        }
        String address = lookup.addresses().get(0);
        String name = reachability.hostByAddress(address).map(LabFile.Host::ptr).orElse(address);
        return java.util.Optional.of(new Websocket(address, name == null ? address : name));
    }

    private Instant firstRun(Duration every) {
        return state.clock().start().minus(HISTORY).plus(every);
    }
}
