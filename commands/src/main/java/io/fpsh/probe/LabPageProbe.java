package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.world.StandIns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lab-only probe: it reads a page of the world around a lab's device ({@code :fmc cloud-services}, {@code :sse
 * devices}...), the text the shell prints, parsed back. A lab answers it from its stand-ins; fpsh's shell served
 * over SSH answers the line itself; any other target has no such page, and the probe is NOT_AVAILABLE there
 * (a playbook's step SKIPs). See {@link ProbeRunner}.
 */
public abstract class LabPageProbe<R extends Record> implements Probe<R> {

    /** The stand-in this probe's page comes from ({@code :fmc}) and what follows it ({@code cloud-services}). */
    abstract String standIn();

    abstract String page();

    @Override public final Mode mode() { return Mode.CLISH; }

    @Override public final String command(List<String> args) { return (standIn() + " " + page()).strip(); }

    /** The page as the lab's stand-ins print it; empty when they refuse (the status and line in the message). */
    final StandIns.Result ask(StandIns standIns) {
        return standIns.run(standIn(), page());
    }

    /** The {@code Label: value} lines of a page (a label is text before the first ':' followed by blanks). */
    static Map<String, Integer> labels(List<String> lines) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int colon = lines.get(i).indexOf(": ");
            if (colon > 0 && !lines.get(i).startsWith(" ")) {
                found.putIfAbsent(lines.get(i).substring(0, colon), i);
            }
        }
        return found;
    }

    /** The value after {@code label}, noted as {@code field}'s source; an error naming the label when it is missing. */
    final String value(ProbeOutput output, Map<String, Integer> labels, String label, String field)
            throws ProbeParseException {
        Integer at = labels.get(label);
        if (at == null) {
            throw ProbeParseException.atEnd(name(), output.lines(), "no '" + label + ":' line");
        }
        output.from(field, at);
        String line = output.lines().get(at);
        return line.substring(line.indexOf(": ") + 2).strip();
    }

    /** {@code Enabled} or {@code Disabled}. */
    final boolean enabled(ProbeOutput output, Map<String, Integer> labels, String label, String field)
            throws ProbeParseException {
        String value = value(output, labels, label, field);
        if (!value.equals("Enabled") && !value.equals("Disabled")) {
            int at = labels.get(label);
            throw ProbeParseException.at(name(), at + 1, output.lines().get(at), "not Enabled or Disabled");
        }
        return value.equals("Enabled");
    }

    /** The page's first line must be its heading: anything else is not this page (a real device's error). */
    final void heading(ProbeOutput output, String expected) throws ProbeParseException {
        List<String> lines = output.lines();
        if (lines.isEmpty() || !lines.get(0).contains(expected)) {
            throw ProbeParseException.atEnd(name(), lines, "not the page '" + expected + "'");
        }
    }
}
