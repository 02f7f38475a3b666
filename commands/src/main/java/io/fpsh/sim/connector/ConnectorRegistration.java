package io.fpsh.sim.connector;

import io.fpsh.ftd.ConnectorLog;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The connector's registration with SSE, as connector.log records it: at each start (the one before the log's
 * history, a {@code pmtool restartbyid}, an {@code EnableById}) it posts to the registration API of its
 * {@code connector_fqdn} and, until that succeeds, tries again every {@code registration_interval} seconds
 * (connector.properties). A try fails as the lab network makes it fail (DNS, 443 dropped or refused, TLS interception,
 * a certificate out of date at the device's clock, a proxy) or, when it gets through, because the fqdn is another
 * region's than the device's (SSE turns away a device registered elsewhere); it succeeds with the device enrolled.
 * The messages are the connector's logrus lines; the facts (2.5) give the format and the Go errors, not the
 * registration's own words: the file names, lines and wording of those are [UNVERIFIED].
 */
final class ConnectorRegistration {
    /** The registration API the guide's "Problèmes d'inscription au portail SSE" checks with curl. */
    static final String PATH = "/providers/sse/services/registration/api/v2/clients";

    /**
     * When the first try in the log's history falls: the connector ran before the log began, so its schedule has its
     * own phase; this one puts no try in the session's first minute and a half, where a test's or a playbook's few
     * seconds of lab time would otherwise see a new line appear.
     */
    private static final Duration FIRST_TRY_IN_HISTORY = Duration.ofSeconds(97);

    private final ConnectorActivity activity;
    private final DeviceState state;
    private final LabFile.Connector connector;

    ConnectorRegistration(ConnectorActivity activity, DeviceState state) {
        this.activity = activity;
        this.state = state;
        this.connector = state.lab().connector();
    }

    static String url(String fqdn) {
        return "https://" + fqdn + PATH;
    }

    /** The registration's lines up to the lab's current time, oldest first. */
    List<ConnectorLog.Entry> entries() {
        return walk(new ArrayList<>());
    }

    /** When a registration succeeded (the try's end, before its log line's stamp), oldest first. */
    List<Instant> successes() {
        List<Instant> successes = new ArrayList<>();
        walk(successes);
        return successes;
    }

    /** The registration's lines up to now, noting in {@code successes} when each success came. */
    private List<ConnectorLog.Entry> walk(List<Instant> successes) {
        Instant now = state.clock().now();
        List<Instant> starts = starts(now);
        List<ConnectorLog.Entry> entries = new ArrayList<>();
        Duration every = Duration.ofSeconds(Math.max(1, connector.registrationInterval()));
        for (int i = 0; i < starts.size(); i++) {
            Instant start = starts.get(i);
            // the connector reads connector.properties as it starts: an FMC deployment's region from its next start
            String fqdn = state.connectorCloudAt(start).fqdn();
            String url = url(fqdn);
            Instant until = i + 1 < starts.size() ? starts.get(i + 1) : now;
            // [UNVERIFIED] the line a start logs before its first try
            entries.add(info(start.plusNanos(310_452_117L), "registration.go:52", "registration:Register", "Registering the device with " + url));
            long attempt = 1;
            // a start registers at once, before it dials its websocket (whose line follows); the connector running
            // before the log began keeps its own phase
            Instant first = i == 0 && start.equals(historyStart()) ? start.plus(FIRST_TRY_IN_HISTORY) : start;
            for (Instant run = first; !run.isAfter(until); attempt++) {
                ConnectorActivity.Dial dial = activity.dial(fqdn, run, 1000 + attempt);
                Instant end = run.plus(activity.dialing(dial));
                if (end.isAfter(until) || !state.runningAt(ConnectorActivity.DAEMON, end)) {
                    break; // still dialling, or abandoned for a restart or a stop: nothing logged
                }
                Instant stamp = end.plusNanos(402_118_733L + attempt * 3_119_021L % 90_000_000L);
                if (dial.outcome() == TlsOutcome.ESTABLISHED) {
                    Optional<String> elsewhere = otherRegion(fqdn);
                    if (elsewhere.isEmpty()) {
                        successes.add(end);
                        entries.add(info(stamp, "registration.go:104", "registration:Register", "Registration successful"));
                        entries.add(info(stamp.plusNanos(1_733_209L), "enrollment.go:61", "enrollment:updateStatus", "Enrollment status: Enrolled"));
                        break;
                    }
                    // [UNVERIFIED] what SSE answers a device of another region: its token is not valid there
                    entries.add(new ConnectorLog.Entry(stamp, "error", state.hostname(), "registration.go:97",
                            "registration:Register", "Registration rejected by " + url + ": 401 Unauthorized (device region "
                            + elsewhere.get() + ")", null));
                } else {
                    // Go's http client wraps the network error in its url.Error: "Post URL: ..." (Go 1.12, unquoted)
                    String error = dial.error(state.ipv4().address(), ConnectorActivity.localPort(1000 + attempt));
                    entries.add(new ConnectorLog.Entry(stamp, "error", state.hostname(), "registration.go:88",
                            "registration:Register", "Post " + url + ": " + error, dial.netError()));
                }
                run = end.plus(every);
            }
        }
        return entries.stream().filter(e -> !e.time().isAfter(now)).toList();
    }

    private Instant historyStart() {
        return state.clock().start().minus(ConnectorActivity.HISTORY);
    }

    /** When the connector started within the log's history: at its beginning if it ran then, then at each start since. */
    private List<Instant> starts(Instant now) {
        Instant from = historyStart();
        List<Instant> starts = new ArrayList<>();
        if (state.runningAt(ConnectorActivity.DAEMON, from)) {
            starts.add(from);
        }
        state.restartsOf(ConnectorActivity.DAEMON).stream().map(DeviceState.DaemonRestart::at)
                .filter(at -> at.isAfter(from) && !at.isAfter(now)).sorted().forEach(starts::add);
        return starts;
    }

    /**
     * The SSE tenant's region (the lab's {@code sse.region}, by default its {@code device.region}) when the
     * connector's fqdn is another region's API host: api-sse.cisco.com is the US's, api.REGION.sse.itd.cisco.com
     * REGION's (APJ and APJC one region); empty when they agree or either is not known.
     */
    private Optional<String> otherRegion(String written) {
        String device = state.world().declaredSseRegion();
        String fqdn = written.toLowerCase(Locale.ROOT);
        String used = fqdn.equals("api-sse.cisco.com") ? "US"
                : fqdn.matches("api\\.[a-z]+\\.sse\\.itd\\.cisco\\.com") ? fqdn.split("\\.")[1].toUpperCase(Locale.ROOT) : null;
        if (device == null || used == null) {
            return Optional.empty();
        }
        String mine = device.toUpperCase(Locale.ROOT).replace("APJC", "APJ");
        return mine.equals(used.replace("APJC", "APJ")) ? Optional.empty() : Optional.of(device);
    }

    private ConnectorLog.Entry info(Instant at, String source, String function, String message) {
        return new ConnectorLog.Entry(at, "info", Objects.requireNonNull(state.hostname()), source, function, message, null);
    }
}
