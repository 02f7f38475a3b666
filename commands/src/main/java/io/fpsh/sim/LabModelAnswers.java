package io.fpsh.sim;

import io.fpsh.ftd.PmtoolStatus;
import io.fpsh.ftd.UnixSockets;
import io.fpsh.probe.CurlProbe;
import io.fpsh.probe.ModelAnswers;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.sim.expert.LsofRow;
import io.fpsh.sim.expert.PmtoolDaemon;
import io.fpsh.sim.connector.CurlProbeModel;
import io.fpsh.sim.connector.NslookupModel;

import java.util.List;
import java.util.Optional;

/** A lab's answers to the probes, straight from its {@link DeviceState}: what its renderers print, as records. */
public final class LabModelAnswers implements ModelAnswers {
    private final DeviceState state;

    public LabModelAnswers(DeviceState state) {
        this.state = state;
    }

    @Override
    public Optional<Record> answer(String probe, List<String> args) {
        return Optional.ofNullable(switch (probe) {
            case "show-network" -> StateViews.network(state);
            case "show-version" -> StateViews.version(state);
            case "show-managers" -> StateViews.managers(state);
            case "resolv-conf" -> StateViews.resolvConf(state);
            case "connector-properties" -> StateViews.connectorProperties(state);
            case "clock" -> StateViews.clock(state);
            case "resolv-conf-time" -> new io.fpsh.probe.FileTime("/etc/resolv.conf", state.resolvConfWritten());
            case "pmtool" -> new PmtoolStatus(tables().daemons().stream().map(PmtoolDaemon::record).toList());
            // netstat -anx: no PID/Program column
            case "netstat" -> new UnixSockets(tables().unixSockets().stream().map(s -> s.row(false)).toList());
            // lsof -n -P -i as root: every socket, numeric
            case "lsof" -> LsofRow.listing(tables().inetSockets(), socket -> true, true, true);
            // the lab's earlier lines first (issue 12 §5), read as the probe reads text
            case "connector-log" -> EarlierLogLines.connectorLog(state.lab().earlierLogs().connectorLines(),
                    connector().connectorLogEntries()).orElse(null);
            case "action-queue-log" -> EarlierLogLines.actionQueueLog(state.lab().earlierLogs().actionQueueLines(),
                    connector().canConnectFailures()).orElse(null);
            case "curl" -> curl(args);
            // a time-out of the probe's own changes what a slow server's answer is: only the text can tell
            case "nslookup" -> args.isEmpty() || args.get(0).startsWith("-") ? null
                    : new NslookupModel(state).lookup(args.get(0), args.size() > 1 ? args.get(1) : null).orElse(null);
            // the world around the device (issue 12 §3): lab-only probes
            case "fmc-cloud-services" -> io.fpsh.sim.world.WorldViews.fmc(state);
            case "sse-devices" -> io.fpsh.sim.world.WorldViews.sseDevices(state);
            case "sse-events" -> io.fpsh.sim.world.WorldViews.sseEvents(state);
            case "sse-cloud-services" -> io.fpsh.sim.world.WorldViews.sseCloudServices(state);
            case "smart-account" -> state.world().smartAccount();
            // not a probe: the lesson's trail, which only a lab's model keeps (io.fpsh.teach objectives read it)
            case io.fpsh.teach.LessonTrail.PROBE -> state.lessonTrail().progress();
            // each probe with a model answer adds one case here
            default -> null;
        });
    }

    private Record curl(List<String> args) {
        CurlProbe.Request request = CurlProbe.Request.of(args);
        // canConnect's options (-L, --connect-timeout, --max-time) are the text's to answer
        return request == null || !request.plain() ? null
                : new CurlProbeModel(state).check(request.url(), request.proxy(), request.caFile()).orElse(null);
    }

    /** The connector's activity at the lab's current time: a pure view of the state, so a fresh one reads the same. */
    private ConnectorActivity connector() {
        return new ConnectorActivity(state, Reachability.of(state));
    }

    private DeviceTables tables() {
        return new DeviceTables(state, connector());
    }
}
