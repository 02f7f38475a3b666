package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.LsofSockets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lsof -n -P -i}: the internet sockets of every process, the connector's among them (its API listening on
 * 8989, its websocket to eventing-ingest ESTABLISHED or stuck in SYN_SENT). Runs as root: as admin lsof shows only
 * admin's own sockets, and the connector runs as {@code www}. {@code -n -P} print addresses and ports as numbers: no
 * reverse lookups, which on a device whose DNS is the fault would hang the probe on the dead server. Also reads the
 * guide's {@code lsof -i | grep conn} lines, names and all.
 */
public final class LsofProbe implements Probe<LsofSockets> {
    private static final String B = Columns.BLANKS;
    private static final Pattern ROW = Pattern.compile("^(\\S+)" + B + "(\\d+)" + B + "(\\S+)" + B + "(\\S+)" + B
            + "(IPv4|IPv6)" + B + "(\\S+)" + B + "(\\S+)" + B + "(\\S+)" + B + "(.+)$");
    private static final Pattern NAME = Pattern.compile("^(\\S+?)(?:->(\\S+))?(?:" + B + "\\((\\S+)\\))?$");

    @Override public String name() { return "lsof"; }

    @Override public String summary() { return "lsof -n -P -i: the internet sockets (the connector's LISTEN, ESTABLISHED, SYN_SENT), as root"; }

    @Override public Mode mode() { return Mode.ROOT; }

    @Override public Class<LsofSockets> recordType() { return LsofSockets.class; }

    @Override public String command(List<String> args) { return "lsof -n -P -i"; }

    @Override
    public LsofSockets parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        List<LsofSockets.Socket> sockets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Columns.trim(lines.get(i));
            if (line.isEmpty() || line.startsWith("COMMAND") || line.startsWith("lsof: WARNING")
                    || line.startsWith("Output information may be incomplete")) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            Matcher ends = row.matches() ? NAME.matcher(Columns.trim(row.group(9))) : null;
            if (ends == null || !ends.matches()) {
                throw ProbeParseException.at(name(), i + 1, lines.get(i), "not a socket line of lsof -i");
            }
            output.from("sockets[" + sockets.size() + "]", i);
            sockets.add(new LsofSockets.Socket(row.group(1), Digits.integer(name(), output, i, row.group(2)), row.group(3), row.group(4),
                    row.group(5), row.group(6), row.group(7), row.group(8), ends.group(1), ends.group(2), ends.group(3)));
        }
        // lsof exits 1 when it lists nothing: no socket is a state, read fine
        if (output.exitStatus() > 1) {
            throw new ProbeParseException(name() + ": lsof -n -P -i failed (exit status " + output.exitStatus() + ")");
        }
        return new LsofSockets(sockets);
    }
}
