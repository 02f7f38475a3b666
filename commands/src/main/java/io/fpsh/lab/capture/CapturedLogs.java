package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fpsh.lab.LabFile;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.SecretMask;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lab's {@code logs} part from a reading: the last lines the log probes read, verbatim as the device printed
 * them (any password in them masked, as the probes' evidence masks it), so the captured lab's logs begin where the
 * device's ended (issue 12 §5).
 */
final class CapturedLogs {
    /** The lines kept of each log, at most: enough to show how a fault went, few enough to read in a lab file. */
    static final int LINES = 50;

    private CapturedLogs() {}

    /** {@code {connector: [...], actionQueue: [...]}}, each only when its probe read lines; empty when neither did. */
    static ObjectNode of(DeviceReading reading) {
        ObjectNode logs = JsonNodeFactory.instance.objectNode();
        LabTree.putIfAny(logs, "connector", LabTree.strings(lastLines(reading.probes().get("connector-log"))));
        LabTree.putIfAny(logs, "actionQueue", LabTree.strings(lastLines(reading.probes().get("action-queue-log"))));
        return logs;
    }

    /** The last {@value #LINES} lines of what the probe read as text; none when it could not read the log. */
    private static List<String> lastLines(ProbeResult result) {
        if (result == null || !result.ok() || result.evidence() == null || !"text".equals(result.evidence().source())
                || result.evidence().output() == null) {
            return List.of();
        }
        // a line past the lab file's cap is left out rather than cut: what is written stays verbatim, and loads
        List<String> lines = SecretMask.mask(result.evidence().output()).lines()
                .filter(line -> line.getBytes(StandardCharsets.UTF_8).length <= LabFile.Logs.MAX_LINE_BYTES).toList();
        return lines.subList(Math.max(0, lines.size() - LINES), lines.size());
    }
}
