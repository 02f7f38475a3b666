package io.fpsh.playbook;

import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.ftd.ConnectorProperties;
import io.fpsh.ftd.LsofSockets;
import io.fpsh.ftd.Managers;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.PmtoolStatus;
import io.fpsh.ftd.ResolvConfFile;
import io.fpsh.ftd.UnixSockets;
import io.fpsh.ftd.VersionInfo;
import io.fpsh.probe.ClockReading;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.CurlProbe;
import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeUsageException;
import io.fpsh.probe.Probes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a step's body works with: the probes (typed: each returns its record, or ends the step with the verdict of
 * why it could not read), {@link #report} to raise a finding, {@link #skip}, and what is known of the site.
 * Everything a step reads is kept as its evidence.
 */
public final class StepContext {
    /** A live URL check's whole time (curl --max-time). */
    public static final int CHECK_SECONDS = 8;
    private static final String CHECK = String.valueOf(CHECK_SECONDS);
    private final Plan plan;
    private final String step;
    private final StepTarget target;
    private final Instant deadline;
    private final List<Finding> findings = new ArrayList<>();
    private final List<ProbeResult> evidence = new ArrayList<>();
    private String reason = "";
    /** Findings and probe results past the caps, counted rather than kept (a step reporting in an endless loop). */
    private long findingsDropped;
    private long evidenceDropped;

    /** The most findings and probe results one step keeps: enough for any real check, small enough for a report. */
    static final int MAX_FINDINGS = 100;
    static final int MAX_EVIDENCE = 200;

    StepContext(Plan plan, String step, TargetSession target, Instant deadline) {
        this.plan = plan;
        this.step = step;
        this.target = target.forSteps();
        this.deadline = deadline;
    }

    // ---- probes ---------------------------------------------------------------------------------------------

    /** Runs probe {@code name}; its record, or the step ends with the verdict of why it could not be read. */
    public <R extends Record> R probe(String name, Class<R> type, String... args) {
        ProbeResult result = read(name, args);
        if (!result.ok()) {
            throw new ProbeFailure(result);
        }
        return type.cast(result.record());
    }

    /** Runs probe {@code name} and keeps its result as evidence, whatever its status. */
    public ProbeResult read(String name, String... args) {
        Probe<?> probe = Probes.named(name)
                .orElseThrow(() -> new IllegalArgumentException("no probe named '" + name + "'"));
        List<String> arguments = Arrays.asList(args);
        try {
            probe.checkArguments(arguments);
        } catch (ProbeUsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Duration left = Duration.between(Instant.now(), deadline);
        Duration timeout = left.compareTo(target.commandTimeout()) < 0 ? left : target.commandTimeout();
        ProbeResult result = target.probe(probe, arguments, timeout.isNegative() ? Duration.ZERO : timeout);
        if (evidence.size() < MAX_EVIDENCE) {
            evidence.add(result);
        } else {
            evidenceDropped++;
        }
        return result;
    }

    public NetworkInfo showNetwork() {
        return probe("show-network", NetworkInfo.class);
    }

    public DnsLookup nslookup(String name) {
        return probe("nslookup", DnsLookup.class, name);
    }

    public DnsLookup nslookup(String name, String server) {
        return probe("nslookup", DnsLookup.class, name, server);
    }

    /** One A query through {@code server}, one try of {@code seconds}: a silent server costs that, not the device's wait. */
    public DnsLookup nslookup(String name, String server, int seconds) {
        return probe("nslookup", DnsLookup.class, "-type=A", "-timeout=" + seconds, "-retry=1", name, server);
    }

    public ResolvConfFile resolvConf() {
        return probe("resolv-conf", ResolvConfFile.class);
    }

    public ConnectorProperties connectorProperties() {
        return probe("connector-properties", ConnectorProperties.class);
    }

    /** canConnect's runs in action_queue.log (root). */
    public CanConnectLog canConnectLog() {
        return probe("action-queue-log", CanConnectLog.class);
    }

    public CurlCheck curl(String url) {
        return probe("curl", CurlCheck.class, url);
    }

    /** The guide's registration check: {@code curl -v URL --cacert /ngfw/etc/ssl/connectorCA.pem}, no {@code -k}. */
    public CurlCheck curlConnectorCa(String url) {
        return probe("curl", CurlCheck.class, CurlProbe.CACERT, CurlProbe.CONNECTOR_CA, url);
    }

    public ClockReading clock() {
        return probe("clock", ClockReading.class);
    }

    public PmtoolStatus pmtool() {
        return probe("pmtool", PmtoolStatus.class);
    }

    public UnixSockets netstat() {
        return probe("netstat", UnixSockets.class);
    }

    public LsofSockets lsof() {
        return probe("lsof", LsofSockets.class);
    }

    public ConnectorLog connectorLog() {
        return probe("connector-log", ConnectorLog.class);
    }

    public Managers showManagers() {
        return probe("show-managers", Managers.class);
    }

    public VersionInfo showVersion() {
        return probe("show-version", VersionInfo.class);
    }

    /**
     * {@code url} as canConnect asks it (redirects followed, at most 5), giving up on a connection after {@code seconds}
     * and on the whole after {@value #CHECK_SECONDS} s (canConnect's own -m is 20: a check need not wait that long).
     */
    public CurlCheck canConnect(String url, int seconds) {
        return probe("curl", CurlCheck.class, "--connect-timeout", String.valueOf(seconds), "--max-time", CHECK, "-L", url);
    }

    /** The same through {@code proxy} ({@code http://user:password@host:port}: the password is masked in the evidence). */
    public CurlCheck canConnect(String url, String proxy, int seconds) {
        return probe("curl", CurlCheck.class, "--connect-timeout", String.valueOf(seconds), "--max-time", CHECK, "-L", url, proxy);
    }

    // ---- verdicts -------------------------------------------------------------------------------------------

    /**
     * Raises finding {@code id} (declared by the playbook with {@code finding}): {@code expected}, {@code actual}
     * (strings) and {@code fix} (a list of {@link FixCommand}, see {@link #clish}); each optional.
     */
    public void report(Map<String, ?> details, String id) {
        FindingKind kind = plan.finding(id)
                .orElseThrow(() -> new IllegalArgumentException("finding '" + id + "' is not declared by the playbook"));
        List<FixCommand> fix = new ArrayList<>();
        Object fixes = details.get("fix");
        if (fixes instanceof List<?> list) {
            for (Object item : list) {
                fix.add(item instanceof FixCommand command ? command : FixCommand.clish(String.valueOf(item)));
            }
        } else if (fixes != null) {
            throw new IllegalArgumentException("finding '" + id + "': fix is a list of commands");
        }
        if (findings.size() >= MAX_FINDINGS) {
            findingsDropped++;
            return;
        }
        findings.add(new Finding(kind, step, TextBounds.block(text(details.get("expected"))),
                TextBounds.block(text(details.get("actual"))), fix, false));
    }

    public void report(String id) {
        report(Map.of(), id);
    }

    /** Ends the step as SKIP: it does not apply to this target. */
    public void skip(String why) {
        throw new StepSkipped(TextBounds.line(why));
    }

    /** Ends the step as BLOCKED: what it checks sits past a hop that is broken (another step's, or playbook's, finding). */
    public void blocked(String why) {
        throw new StepBlocked(TextBounds.line(why));
    }

    /** The step's one line: what its verdict rests on (bounded: see {@link TextBounds#line}). */
    public void reason(String line) {
        reason = TextBounds.line(line);
    }


    public FixCommand clish(String line, String... answers) {
        return FixCommand.clish(line, answers);
    }

    public FixCommand root(String line, String... answers) {
        return FixCommand.root(line, answers);
    }

    /**
     * The last line of a fix after which the connector must dial again: left alone it waits for its next retry
     * (minutes), so the fix restarts it as an engineer would.
     */
    public FixCommand restartConnector() {
        return FixCommand.root("pmtool restartbyid SSEConnector");
    }

    // ---- the target ------------------------------------------------------------------------------------------

    /** What the engineer knows about the device's site (an inventory's data, a lab's site, --param); null if not. */
    public String param(String name) {
        return target.param(name).orElse(null);
    }

    public String param(String name, String otherwise) {
        return target.param(name).orElse(otherwise);
    }

    public String targetName() {
        return target.name();
    }

    List<Finding> findings() {
        return findings;
    }

    List<ProbeResult> evidence() {
        return evidence;
    }

    String reasonLine() {
        StringBuilder line = new StringBuilder(reason);
        if (findingsDropped > 0) {
            line.append(line.isEmpty() ? "" : " ").append("[+").append(findingsDropped).append(" findings not kept]");
        }
        if (evidenceDropped > 0) {
            line.append(line.isEmpty() ? "" : " ").append("[+").append(evidenceDropped).append(" probe results not kept]");
        }
        return line.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
