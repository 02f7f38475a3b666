package io.fpsh.sim.connector;

import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.lab.LabFile;
import io.fpsh.net.SynRetries;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.LabNetwork;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    /**
     * A dial whose SYNs go unanswered lasts until the kernel gives up on each address in turn (Go dials them one
     * after the other); the connector then waits a little before the next one: with the kernel's default 127 s and
     * eventing-ingest's two addresses, 254 s of SYN_SENT and 9 s of wait make the guide's 263 s between attempts.
     */
    static final Duration AFTER_SYN_TIMEOUT = WEBSOCKET_RETRY.minus(SynRetries.DEFAULT.giveUpAfter().multipliedBy(2));
    private static final int HTTPS = 443;
    private static final java.time.format.DateTimeFormatter SYSLOG =
            java.time.format.DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", java.util.Locale.US);
    private static final String WEBSOCKET_FUNCTION = "events:connectWebSocket";
    /** pmtool's name of the connector's daemon. */
    static final String DAEMON = "SSEConnector";
    private static final String EVENT_HANDLER = "EventHandler";
    private static final String EVENT_HANDLER_SOCKET = "/ngfw/var/sf/run/EventHandler_SSEConnector.sock";

    private final DeviceState state;
    private final Reachability reachability;
    private final LabFile.Connector connector;
    private final int aqsPid;
    /** How long the device's kernel resends an unanswered SYN to one address. */
    private final Duration synGiveUp;

    public ConnectorActivity(DeviceState state, Reachability reachability) {
        this.state = state;
        this.reachability = reachability;
        this.connector = state.lab().connector();
        this.aqsPid = Objects.requireNonNullElse(state.lab().processes(), List.<LabFile.Process>of()).stream()
                .filter(p -> p.name().equals("ActionQueueScrape")).mapToInt(LabFile.Process::pid).findFirst().orElse(19094);
        this.synGiveUp = state.lab().network().synRetries().giveUpAfter();
    }

    /** The regions URL that canConnect asks, in the region connector.properties names now. */
    public String canConnectUrl() {
        return regionsUrl(state.connectorCloud().fqdn());
    }

    static String regionsUrl(String fqdn) {
        return "https://" + fqdn + "/providers/sse/api/v1/regions";
    }

    /** action_queue.log: the lab's earlier lines (its {@code logs}), then a line for each canConnect run that failed. */
    public String actionQueueLog() {
        StringBuilder out = new StringBuilder();
        state.lab().earlierLogs().actionQueueLines().forEach(line -> out.append(line).append('\n'));
        canConnectFailures().forEach(run -> out.append(ActionQueueLogRenderer.line(run)).append('\n'));
        return out.toString();
    }

    /** The canConnect runs that failed, oldest first, as action_queue.log records them. */
    public List<CanConnectLog.Run> canConnectFailures() {
        List<CanConnectLog.Run> runs = new java.util.ArrayList<>();
        Duration every = Duration.ofSeconds(connector.canConnectIntervalSeconds());
        for (Instant run = firstRun(every); !run.isAfter(state.clock().now()); run = run.plus(every)) {
            // the logged command line stays the one without -x: the proxy's password never reaches a log
            String url = regionsUrl(state.connectorCloudAt(run).fqdn());
            int status = reachability.canConnectStatus(url, state.dnsServersAt(run), state.proxyAt(run), run,
                    CurlLimits.CAN_CONNECT);
            if (status != 0) {
                runs.add(new CanConnectLog.Run(syslogPrefix(run), aqsPid, CurlLimits.CAN_CONNECT.commandLine() + url,
                        url, "Failed", status));
            }
        }
        return runs;
    }

    /**
     * What syslog writes before ActionQueueScrape's tag: the time and the device's name. [UNVERIFIED: the guide's
     * sample line begins at the tag, {@code ActionQueueScrape.pl[19094]:}, which is syslog's; the time and host
     * before it are syslog's usual ones, in UTC as /ngfw/var/log/messages has them.]
     */
    private String syslogPrefix(Instant at) {
        return SYSLOG.format(at.atZone(ZoneOffset.UTC)) + " " + state.hostname();
    }

    /**
     * connector.log: the websocket attempts to the eventing host, failing while its name does not resolve or its
     * port 443 does not give a TLS session. The connector retries on its own timer, a configuration change seen from
     * its next attempt on; once connected it logs nothing more until it is restarted ({@code pmtool restartbyid
     * SSEConnector}), when it dials again at once. While EventHandler is down, each attempt first logs that its
     * socket is missing. The lab's earlier lines (its {@code logs}) come first.
     */
    public String connectorLog() {
        ZoneOffset offset = ZoneOffset.of(Objects.requireNonNullElse(state.lab().clock().logOffset(), "Z"));
        StringBuilder out = new StringBuilder();
        state.lab().earlierLogs().connectorLines().forEach(line -> out.append(line).append('\n'));
        connectorLogEntries().forEach(entry -> out.append(ConnectorLogRenderer.line(entry, offset)).append('\n'));
        return out.toString();
    }

    /**
     * connector.log's entries, oldest first: the registration with SSE at each start of the connector
     * ({@link ConnectorRegistration}), each failed websocket attempt's error, then the connection once made.
     */
    public List<ConnectorLog.Entry> connectorLogEntries() {
        List<ConnectorLog.Entry> entries = new java.util.ArrayList<>(new ConnectorRegistration(this, state).entries());
        entries.addAll(websocketEntries());
        entries.sort(java.util.Comparator.comparing(ConnectorLog.Entry::time));
        return entries;
    }

    /** The websocket's entries, oldest first: each failed attempt's error, then the connection once made. */
    private List<ConnectorLog.Entry> websocketEntries() {
        List<ConnectorLog.Entry> entries = new java.util.ArrayList<>();
        Instant now = state.clock().now();
        boolean connected = false;
        for (Attempt attempt : websocketAttempts()) {
            String host = state.connectorCloudAt(attempt.start()).eventingHost();
            connected &= !attempt.afterRestart();
            if (!state.runningAt(EVENT_HANDLER, attempt.start())) {
                entries.add(eventHandlerMissing(attempt.start().plusNanos(2_113_407L + attempt.number() * 131_071L % 1_000_000L)));
            }
            if (connected || attempt.cutShort() || attempt.end().isAfter(now)) {
                continue; // a dial abandoned for a new configuration, or still waiting on its SYNs: nothing logged yet
            }
            // the error is logged when the dial returns
            Instant stamp = attempt.end().plusNanos(884_720_461L + attempt.number() * 7_919_333L % 100_000_000L);
            Dial dial = attempt.dial();
            if (dial.outcome() == TlsOutcome.ESTABLISHED) {
                entries.add(new ConnectorLog.Entry(stamp, "info", state.hostname(), "events.go:118", WEBSOCKET_FUNCTION,
                        "websocket connected to wss://" + host + "/events (" + dial.address() + ":" + dial.port() + ")", null));
                connected = true;
                continue;
            }
            int localPort = localPort(attempt.number());
            entries.add(new ConnectorLog.Entry(stamp, "error", state.hostname(), "events.go:90", WEBSOCKET_FUNCTION,
                    dial.error(state.ipv4().address(), localPort), dial.netError()));
        }
        return entries;
    }

    /**
     * The line a connector logs when EventHandler's socket is not there to attach to: Go's error for a unix socket
     * whose file is gone [UNVERIFIED: facts 2.5 give no sample; the Go error text is Go's own, the file and function
     * are ours].
     */
    private ConnectorLog.Entry eventHandlerMissing(Instant stamp) {
        return new ConnectorLog.Entry(stamp, "error", state.hostname(), "eventhandler.go:64", "eventhandler:attach",
                "dial unix " + EVENT_HANDLER_SOCKET + ": connect: no such file or directory", null);
    }

    /**
     * One websocket attempt: the lookup, then the address and port dialled (the proxy's when there is one) and how
     * that ended (null when the lookup failed).
     */
    record Dial(Reachability.Lookup lookup, String address, int port, TlsOutcome outcome, List<String> order) {
        /** The addresses dialled, in turn: the proxy alone, or the host's from the one this attempt starts with. */
        static List<String> rotated(List<String> addresses, String first) {
            int at = addresses.indexOf(first);
            List<String> order = new java.util.ArrayList<>(addresses.subList(at, addresses.size()));
            order.addAll(addresses.subList(0, at));
            return order;
        }

        /** The error taken apart, as a reader of the log finds it in {@link #error}; null where it is not a network one. */
        ConnectorLog.GoNetError netError() {
            if (address == null) {
                String cause = lookup.timedOut() ? "i/o timeout" : lookup.noSuchHost() ? "no such host" : "server misbehaving";
                return new ConnectorLog.GoNetError("lookup", lookup.host(), lookup.lastServer() + ":53", null, cause);
            }
            String dialled = address + ":" + port;
            return switch (outcome) {
                case TIMED_OUT -> dialError(dialled, "connection timed out");
                case REFUSED -> dialError(dialled, "connection refused");
                case UNREACHABLE -> dialError(dialled, "no route to host");
                case NO_SERVER_HELLO, PROXY_WAITING_ON_SERVER -> new ConnectorLog.GoNetError("read", null, null, dialled, "i/o timeout");
                case UNTRUSTED_ISSUER -> tlsError("certificate signed by unknown authority");
                case PROXY_NOT_RESOLVED -> new ConnectorLog.GoNetError("lookup", address, null, null, "no such host");
                case NOT_TLS -> tlsError("first record does not look like a TLS handshake");
                case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID -> tlsError("certificate has expired or is not yet valid");
                case PROXY_AUTHENTICATION_REQUIRED, PROXY_CANNOT_REACH, HUNG_UP, ESTABLISHED -> null;
            };
        }

        private static ConnectorLog.GoNetError dialError(String dialled, String cause) {
            return new ConnectorLog.GoNetError("dial", null, null, dialled, cause);
        }

        private static ConnectorLog.GoNetError tlsError(String cause) {
            return new ConnectorLog.GoNetError("tls", null, null, null, cause);
        }

        /** The error as the Go connector logs it. */
        String error(String localAddress, int localPort) {
            if (address == null) {
                String server = lookup.lastServer();
                String why = lookup.timedOut()
                        ? "read udp " + localAddress + ":" + localPort + "->" + server + ":53: i/o timeout"
                        : lookup.noSuchHost() ? "no such host" : "server misbehaving";
                return "dial tcp: lookup " + lookup.host() + " on " + server + ":53: " + why;
            }
            return switch (outcome) {
                case TIMED_OUT -> "dial tcp " + address + ":" + port + ": getsockopt: connection timed out";
                case REFUSED -> "dial tcp " + address + ":" + port + ": getsockopt: connection refused";
                case UNREACHABLE -> "dial tcp " + address + ":" + port + ": getsockopt: no route to host";
                case NO_SERVER_HELLO, PROXY_WAITING_ON_SERVER -> "read tcp " + localAddress + ":" + localPort + "->" + address + ":"
                        + port + ": i/o timeout";
                case UNTRUSTED_ISSUER -> "x509: certificate signed by unknown authority";
                // the websocket library's proxy dialer returns the CONNECT status's reason as the error
                case PROXY_AUTHENTICATION_REQUIRED -> "Proxy Authentication Required";
                case PROXY_CANNOT_REACH -> "Service Unavailable";
                case PROXY_NOT_RESOLVED -> "dial tcp: lookup " + address + ": no such host";
                case HUNG_UP -> "EOF";
                case NOT_TLS -> "tls: first record does not look like a TLS handshake";
                case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID -> "x509: certificate has expired or is not yet valid";
                case ESTABLISHED -> "";
            };
        }
    }

    /**
     * The attempt {@code attempt} (1-based) made at {@code run}. Once connected the websocket stays on the first
     * address; failing attempts alternate between the addresses, as round-robin DNS hands them out.
     */
    private Dial dial(Instant run, long attempt) {
        return dial(state.connectorCloudAt(run).eventingHost(), run, attempt);
    }

    /** The same for a connection to {@code host}:443 (the registration's to the connector's fqdn). */
    Dial dial(String host, Instant run, long attempt) {
        DeviceState.Proxy proxy = state.proxyAt(run);
        if (proxy.enabled()) {
            TlsOutcome outcome = reachability.connect443Via(proxy, host, state.dnsServersAt(run), run);
            return new Dial(null, proxy.address(), proxy.port(), outcome, List.of(proxy.address()));
        }
        Reachability.Lookup lookup = reachability.resolve(host, state.dnsServersAt(run));
        if (!lookup.resolved()) {
            return new Dial(lookup, null, HTTPS, null, List.of());
        }
        List<String> addresses = lookup.addresses();
        String first = addresses.get(0);
        TlsOutcome onFirst = reachability.connect443(first, run);
        if (onFirst == TlsOutcome.ESTABLISHED) {
            return new Dial(lookup, first, HTTPS, onFirst, List.of(first));
        }
        String address = addresses.get((int) ((attempt - 1) % addresses.size()));
        return new Dial(lookup, address, HTTPS, reachability.connect443(address, run), Dial.rotated(addresses, address));
    }

    /** How long a dial lasts: the kernel's SYN retries for each address when none answers, else no time worth showing. */
    Duration dialing(Dial dial) {
        return dial.outcome() == TlsOutcome.TIMED_OUT ? synGiveUp.multipliedBy(dial.order().size()) : Duration.ZERO;
    }

    static int localPort(long attempt) {
        return 32768 + (int) (attempt * 7_717 % 28_000);
    }

    /**
     * One websocket attempt (numbered from 1): when it began, its dial, and when the dial ended, or was abandoned for
     * a configuration change or a restart ({@code cutShort}); {@code afterRestart} when a restart began it.
     */
    private record Attempt(long number, Instant start, Dial dial, Instant end, boolean cutShort, boolean afterRestart) {}

    /**
     * The connector's attempts up to now, one after the other on the lab clock: a dial that fails at once is retried
     * on the retry period; one whose SYNs go unanswered lasts the kernel's SYN retries per address and the next
     * follows shortly after it ends. A configuration change (DNS, proxy) is seen from the next attempt on: the
     * connector keeps its own schedule (issue 11); only a start (pmtool restartbyid, EnableById) dials at once, and
     * a stopped connector (DisableById) makes none.
     */
    private List<Attempt> websocketAttempts() {
        Instant now = state.clock().now();
        Instant from = state.clock().start().minus(HISTORY);
        List<Instant> starts = state.restartsOf(DAEMON).stream().map(DeviceState.DaemonRestart::at)
                .filter(at -> at.isAfter(from) && !at.isAfter(now)).sorted().toList();
        List<Instant> interruptions = new java.util.ArrayList<>(starts);
        state.switchesOf(DAEMON).stream().filter(s -> !s.enabled()).map(DeviceState.DaemonSwitch::at)
                .filter(at -> at.isAfter(from) && !at.isAfter(now)).forEach(interruptions::add);
        java.util.Collections.sort(interruptions);
        List<Attempt> attempts = new java.util.ArrayList<>();
        Instant grid = firstRun(WEBSOCKET_RETRY);
        Duration firstDialing = dialing(dial(grid, 1));
        if (!firstDialing.isZero()) {
            // the attempt in progress when the session opens began a second before: SYN_SENT shows at once, and
            // for the whole of that dial
            Duration period = firstDialing.plus(AFTER_SYN_TIMEOUT);
            Instant inProgress = state.clock().start().minusSeconds(1);
            long periods = Duration.between(from, inProgress).toNanos() / period.toNanos();
            grid = inProgress.minus(period.multipliedBy(periods));
        }
        Instant run = grid;
        for (long number = 1; !run.isAfter(now); ) {
            if (!state.runningAt(DAEMON, run)) {
                Instant stopped = run;
                Optional<Instant> start = starts.stream().filter(at -> at.isAfter(stopped)).findFirst();
                if (start.isEmpty()) {
                    break;
                }
                run = start.get();
                continue;
            }
            Dial dial = dial(run, number);
            Duration dialing = dialing(dial);
            Instant end = run.plus(dialing);
            Instant next = dialing.isZero() ? nextOnGrid(grid, run) : end.plus(AFTER_SYN_TIMEOUT);
            Instant began = run;
            Optional<Instant> interruption = interruptions.stream().filter(c -> c.isAfter(began) && c.isBefore(next)).findFirst();
            boolean cut = interruption.isPresent() && interruption.get().isBefore(end);
            attempts.add(new Attempt(number, run, dial, cut ? interruption.get() : end, cut, starts.contains(run)));
            run = interruption.orElse(next);
            number++;
        }
        return attempts;
    }

    /** The first retry time after {@code run} on the period that starts at {@code grid}. */
    private static Instant nextOnGrid(Instant grid, Instant run) {
        long periods = Duration.between(grid, run).toNanos() / WEBSOCKET_RETRY.toNanos();
        return grid.plus(WEBSOCKET_RETRY.multipliedBy(periods + 1));
    }

    /**
     * The connector's TCP connection to the eventing host (or to the proxy tunnelling to it): which address and
     * port, the name lsof shows for the address, its local port and its TCP state ({@code ESTABLISHED}, or
     * {@code SYN_SENT} while a dropped SYN waits for an answer).
     */
    public record Websocket(String address, int port, String reverseName, int localPort, String tcpState) {}

    /**
     * The connection of the connector's last attempt, if it has one: TCP got through, or a SYN is still out (to the
     * address being dialled now; none between two attempts).
     */
    public Optional<Websocket> websocket() {
        List<Attempt> attempts = websocketAttempts();
        if (attempts.isEmpty() || !state.isRunning(DAEMON)) {
            return Optional.empty();
        }
        Attempt last = attempts.get(attempts.size() - 1);
        Instant now = state.clock().now();
        // once up, the websocket stays up until the connector restarts or stops: its later timer runs dial nothing
        int sinceStart = 0;
        for (int i = 0; i < attempts.size(); i++) {
            sinceStart = attempts.get(i).afterRestart() ? i : sinceStart;
        }
        for (Attempt attempt : attempts.subList(sinceStart, attempts.size())) {
            if (attempt.dial().outcome() == TlsOutcome.ESTABLISHED && !attempt.cutShort() && !attempt.end().isAfter(now)) {
                last = attempt;
                break;
            }
        }
        Dial dial = last.dial();
        if (dial.address() == null || !dial.outcome().leavesSocketOpen()) {
            return Optional.empty();
        }
        boolean established = dial.outcome() != TlsOutcome.TIMED_OUT;
        String address = dial.address();
        // a restarted connector's new connection has a new local port
        int localPort = established ? 56_495 + state.restartsOf(DAEMON).size() : localPort(last.number());
        if (!established) {
            if (last.cutShort() || !now.isBefore(last.end())) {
                return Optional.empty();
            }
            int turn = (int) (Duration.between(last.start(), now).toNanos() / synGiveUp.toNanos());
            address = dial.order().get(Math.min(turn, dial.order().size() - 1));
            localPort += turn;
        }
        String dialled = address;
        String name = reachability.hostByAddress(dialled).filter(h -> h.ptr() != null)
                .map(h -> h.addresses().get(0).equals(dialled) ? h.ptr() : LabNetwork.reverseNameFor(dialled, h.ptr()))
                .orElse(null);
        return Optional.of(new Websocket(dialled, dial.port(), name == null ? dialled : name, localPort,
                established ? "ESTABLISHED" : "SYN_SENT"));
    }

    /**
     * When the connector's websocket came up, oldest first: each a connection that then stays up until the
     * connector's next start or stop (the world's event flow reads it, {@code io.fpsh.sim.world}).
     */
    public List<Instant> websocketConnections() {
        Instant now = state.clock().now();
        List<Instant> connections = new java.util.ArrayList<>();
        boolean connected = false;
        for (Attempt attempt : websocketAttempts()) {
            connected &= !attempt.afterRestart();
            if (connected || attempt.cutShort() || attempt.end().isAfter(now)) {
                continue;
            }
            if (attempt.dial().outcome() == TlsOutcome.ESTABLISHED) {
                connections.add(attempt.end());
                connected = true;
            }
        }
        return connections;
    }

    /** When the connector registered with SSE, oldest first: each lasts until the connector's next start or stop. */
    public List<Instant> registrations() {
        return new ConnectorRegistration(this, state).successes();
    }

    private Instant firstRun(Duration every) {
        return state.clock().start().minus(HISTORY).plus(every);
    }
}
