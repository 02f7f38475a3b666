package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.PmtoolStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pmtool status}: each daemon's header ({@code SSEConnector (system) - Running 20697}) and its Command, PID
 * File, Enable File, Requires and Required by lines; the other lines of a record (CPU Affinity, Priority...) are left
 * in the evidence. Runs as root: the guide and Cisco's pmtool samples run it at root's prompt.
 */
public final class PmtoolProbe implements Probe<PmtoolStatus> {
    private static final Pattern HEADER = Pattern.compile(
            "^(\\S+)" + Columns.BLANKS + "\\(([^)]*)\\)" + Columns.BLANKS + "-" + Columns.BLANKS + "(\\S+)(?:" + Columns.BLANKS
                    + "(\\d+))?.*$");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z ]*):(.*)$");

    @Override public String name() { return "pmtool"; }

    @Override public String summary() { return "pmtool status: the daemons and their state (SSEConnector, EventHandler...), as root"; }

    @Override public Mode mode() { return Mode.ROOT; }

    @Override public Class<PmtoolStatus> recordType() { return PmtoolStatus.class; }

    @Override public String command(List<String> args) { return "pmtool status"; }

    @Override
    public PmtoolStatus parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        List<PmtoolStatus.Daemon> daemons = new ArrayList<>();
        DaemonLines current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = Columns.trim(lines.get(i));
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (current != null) {
                    daemons.add(current.daemon());
                }
                output.from("daemons[" + daemons.size() + "]", i);
                current = new DaemonLines(header.group(1), header.group(2), header.group(3),
                        header.group(3).equals("Running") && header.group(4) != null
                                ? Digits.integer(name(), output, i, header.group(4)) : null);
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (current != null && field.matches()) {
                current.set(field.group(1), Columns.trim(field.group(2)));
            }
        }
        if (current != null) {
            daemons.add(current.daemon());
        }
        if (daemons.isEmpty()) {
            int at = firstNonBlank(lines);
            if (at < 0) {
                throw new ProbeParseException(name() + ": pmtool status printed nothing (exit status " + output.exitStatus() + ")");
            }
            throw ProbeParseException.at(name(), at + 1, lines.get(at),
                    "no daemon line such as 'SSEConnector (system) - Running 13277'");
        }
        return new PmtoolStatus(daemons);
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!Columns.trim(lines.get(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** One daemon's record while its lines are read. */
    private static final class DaemonLines {
        private final String name;
        private final String category;
        private final String state;
        private final Integer pid;
        private String command;
        private String pidFile;
        private String enableFile;
        private List<String> requires = List.of();
        private List<String> requiredBy = List.of();

        DaemonLines(String name, String category, String state, Integer pid) {
            this.name = name;
            this.category = category;
            this.state = state;
            this.pid = pid;
        }

        void set(String label, String value) {
            switch (label) {
                case "Command" -> command = value;
                case "PID File" -> pidFile = value;
                case "Enable File" -> enableFile = value;
                case "Requires" -> requires = names(value);
                case "Required by" -> requiredBy = names(value);
                default -> { } // CPU Affinity, Priority, Stop Timeout, Next start, CGroups: not part of the record
            }
        }

        private static List<String> names(String value) {
            return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        PmtoolStatus.Daemon daemon() {
            return new PmtoolStatus.Daemon(name, category, state, pid, command, pidFile, enableFile, requires, requiredBy);
        }
    }
}
