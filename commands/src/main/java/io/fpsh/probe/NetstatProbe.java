package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.UnixSockets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code netstat -anx}: the unix domain sockets, among them {@code EventHandler_SSEConnector.sock} LISTENING (EventHandler
 * waits for the connector) and CONNECTED (the connector is attached). Runs as admin: the sockets and their states are
 * visible to any user; only the owners ({@code -p}) would need root, so the line asks for none and every target
 * prints the same columns. Also reads the guide's {@code netstat -anlp | grep ...} lines, PID/Program column included.
 */
public final class NetstatProbe implements Probe<UnixSockets> {
    private static final String B = Columns.BLANKS;
    private static final Pattern UNIX = Pattern.compile("^unix" + B + "(\\d+)" + B + "\\[([^\\]]*)\\]" + B + "(\\S+)"
            + "(?:" + B + "(LISTENING|CONNECTED|CONNECTING|DISCONNECTING|FREE|UNKNOWN))?" + B + "(\\d+)"
            + "(?:" + B + "(-|\\d+/\\S*))?(?:" + B + "(.+))?$");

    @Override public String name() { return "netstat"; }

    @Override public String summary() { return "netstat -anx: the unix sockets, e.g. EventHandler_SSEConnector.sock LISTENING / CONNECTED"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<UnixSockets> recordType() { return UnixSockets.class; }

    @Override public String command(List<String> args) { return "netstat -anx"; }

    @Override
    public UnixSockets parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        List<UnixSockets.Socket> sockets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Columns.trim(lines.get(i));
            if (line.isEmpty() || line.startsWith("Active UNIX domain sockets") || line.startsWith("Proto ")) {
                continue;
            }
            Matcher m = UNIX.matcher(line);
            if (!m.matches()) {
                throw ProbeParseException.at(name(), i + 1, lines.get(i), "not a unix socket line of netstat -anx");
            }
            output.from("sockets[" + sockets.size() + "]", i);
            String owner = m.group(6);
            boolean shown = owner != null && !owner.equals("-");
            sockets.add(new UnixSockets.Socket(Digits.integer(name(), output, i, m.group(1)),
                    Arrays.asList(Columns.words(m.group(2))), m.group(3), m.group(4), Digits.wide(name(), output, i, m.group(5)),
                    shown ? Digits.integer(name(), output, i, owner.substring(0, owner.indexOf('/'))) : null,
                    shown ? owner.substring(owner.indexOf('/') + 1) : null, m.group(7)));
        }
        if (sockets.isEmpty() && output.exitStatus() != 0) {
            throw new ProbeParseException(name() + ": netstat -anx failed (exit status " + output.exitStatus() + ")");
        }
        return new UnixSockets(sockets);
    }
}
