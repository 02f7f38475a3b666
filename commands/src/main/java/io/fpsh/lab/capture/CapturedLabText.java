package io.fpsh.lab.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.LsofSockets;
import io.fpsh.playbook.SseRegion;
import io.fpsh.probe.SecretMask;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A captured lab as a file: a header of {@code #} lines (where and when it was captured, its base, what the capture
 * could not see or say, and what the device showed that a lab file has no field for: the websocket's state and
 * canConnect's failures counted; the recent log lines themselves are the lab's {@code logs}), then the lab as YAML
 * (Jackson's YAML writer, every string quoted: a lab value never turns into a number, a boolean or an alias).
 */
public final class CapturedLabText {
    private static final String PROXY_NOTE = "  # NOT captured: fpsh never reads or writes a proxy password; "
            + "put the site's here before using this lab";

    private CapturedLabText() {}

    /**
     * @param lab        the lab to write (anonymized already when asked)
     * @param anonymized true: the header names no target and quotes no socket (they hold addresses)
     */
    public static String render(JsonNode lab, CapturedLab.Result capture, DeviceReading reading, boolean anonymized) {
        StringBuilder out = new StringBuilder();
        String target = anonymized ? "a device (anonymized)" : oneLine(reading.target());
        out.append("# Captured by fpsh lab capture from ").append(target).append(" at ")
                .append(reading.capturedAt().truncatedTo(ChronoUnit.SECONDS)).append(".\n");
        out.append("# Base: ").append(capture.baseName()).append(" (chosen by the device's model and version); ")
                .append("below is only what differs from it.\n");
        out.append("# The lab's sockets and websocket follow from the faults below, as on every lab; its logs begin with\n")
                .append("# the device's last lines (logs:) and its own lines follow.\n");
        List<String> unseen = new ArrayList<>(reading.notRead());
        unseen.addAll(capture.unsaid());
        unseen.add("the FMC, the SSE portal and the Smart Account (not on the device): the base's healthy world");
        unseen.add("the device's curl and BIND versions, its accounts, data interfaces and NTP servers: the base's");
        out.append("# What the capture could not see or say (the base's values stand):\n");
        unseen.forEach(line -> out.append("#   - ").append(oneLine(line)).append('\n'));
        if (!anonymized) {
            evidence(reading).forEach(line -> out.append("# ").append(oneLine(line)).append('\n'));
        }
        return out + yaml(lab);
    }

    /** What the device showed that the lab reproduces from its state rather than holds. */
    private static List<String> evidence(DeviceReading reading) {
        List<String> lines = new ArrayList<>();
        SseRegion region = DeviceReader.region(reading.probes().get("connector-properties"));
        LsofSockets sockets = reading.record("lsof", LsofSockets.class);
        if (sockets != null) {
            List<String> websocket = sockets.sockets().stream()
                    .filter(s -> "connector".equals(s.command()) && s.remoteEnd() != null && s.remoteEnd().endsWith(":443"))
                    .map(s -> s.remoteEnd() + " " + s.tcpState()).toList();
            lines.add("The connector's sockets to 443 (lsof; " + region.eventingHost() + "): "
                    + (websocket.isEmpty() ? "none" : String.join(", ", websocket)));
        }
        CanConnectLog runs = reading.record("action-queue-log", CanConnectLog.class);
        if (runs != null) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            runs.runs().forEach(run -> counts.merge(run.url() + " curl " + run.curlReturnCode(), 1, Integer::sum));
            lines.add("action_queue.log, canConnect's failures:" + (counts.isEmpty() ? " none" : ""));
            counts.forEach((run, n) -> lines.add("  " + run + " x" + n));
        }
        return lines;
    }

    /**
     * {@code lab} with every {@code ${} of its strings written {@code $${}: a lab's text may name variables, and what
     * the capture read (a log line, a banner) must load back as it was read. The tree itself is left as it is.
     */
    private static JsonNode literal(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().contains("${") ? JsonNodeFactory.instance.textNode(node.asText().replace("${", "$${"))
                    : node;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), literal(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(literal(element)));
            return copy;
        }
        return node;
    }

    /** The YAML, with a comment on each placeholder password. */
    static String yaml(JsonNode lab) {
        ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES) // a log line stays on one line of the file
                .build());
        String text;
        try {
            text = mapper.writeValueAsString(literal(lab));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lab tree is always writable", e);
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line);
            if (line.strip().startsWith("password:") && line.contains(CapturedLab.PLACEHOLDER_PASSWORD)) {
                out.append(PROXY_NOTE);
            }
            out.append('\n');
        }
        return out.toString().replaceAll("\n+$", "\n");
    }

    /**
     * A device's text on one comment line: no control characters, and any password in it (a proxy URL's in a log
     * line) masked as the probes' evidence masks it.
     */
    private static String oneLine(String text) {
        return text == null ? "" : SecretMask.mask(text).replaceAll("\\p{Cntrl}", "?");
    }
}
