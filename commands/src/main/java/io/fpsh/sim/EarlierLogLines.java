package io.fpsh.sim;

import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.probe.ActionQueueLogProbe;
import io.fpsh.probe.ConnectorLogProbe;
import io.fpsh.probe.LogTail;
import io.fpsh.probe.ProbeOutput;
import io.fpsh.probe.ProbeParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The log probes' model answers for a lab whose logs begin with earlier lines (its {@code logs}, issue 12 §5): those
 * lines are verbatim text, so the probe's own parser reads them, exactly the ones its command would still see
 * ({@code tail -n 200} counts the simulation's lines after them; the action queue's {@code grep canConnect} comes
 * first). Empty when they do not parse: the text's answer then says why, as on a real device.
 */
final class EarlierLogLines {
    private static final String CAN_CONNECT = "canConnect";

    private EarlierLogLines() {}

    static Optional<ConnectorLog> connectorLog(List<String> earlier, List<ConnectorLog.Entry> simulated) {
        List<ConnectorLog.Entry> last = LogTail.last(simulated);
        List<ConnectorLog.Entry> entries = new ArrayList<>();
        try {
            List<String> seen = stillInTail(earlier, last.size());
            if (!seen.isEmpty()) {
                entries.addAll(new ConnectorLogProbe().parse(output(seen), List.of()).entries());
            }
        } catch (ProbeParseException e) {
            return Optional.empty();
        }
        entries.addAll(last);
        return Optional.of(new ConnectorLog(entries));
    }

    static Optional<CanConnectLog> actionQueueLog(List<String> earlier, List<CanConnectLog.Run> simulated) {
        List<CanConnectLog.Run> last = LogTail.last(simulated);
        List<CanConnectLog.Run> runs = new ArrayList<>();
        try {
            List<String> seen = stillInTail(earlier.stream().filter(line -> line.contains(CAN_CONNECT)).toList(),
                    last.size());
            if (!seen.isEmpty()) {
                runs.addAll(new ActionQueueLogProbe().parse(output(seen), List.of()).runs());
            }
        } catch (ProbeParseException e) {
            return Optional.empty();
        }
        runs.addAll(last);
        return Optional.of(new CanConnectLog(runs));
    }

    /** The earlier lines a tail of {@value LogTail#LINES} still shows with {@code after} lines written after them. */
    private static List<String> stillInTail(List<String> earlier, int after) {
        int room = Math.max(0, LogTail.LINES - after);
        return earlier.subList(Math.max(0, earlier.size() - room), earlier.size());
    }

    private static ProbeOutput output(List<String> lines) {
        return new ProbeOutput(String.join("\n", lines) + "\n", 0);
    }
}
