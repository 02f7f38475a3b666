package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.ConnectorLog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SSE connector's log, its last {@value LogTail#LINES} lines: each entry's time, level and message, and the
 * lookup, dial, read and TLS errors taken apart. Runs as root, as the guide reads it (the log's permissions on a
 * real device are not known).
 */
public final class ConnectorLogProbe implements Probe<ConnectorLog> {
    static final String LOG = "/ngfw/var/log/connector/connector.log";
    private static final String B = Columns.BLANKS;
    /** logrus's text format: {@code time="..." level=... msg="..."}, msg quoted when it holds blanks or quotes. */
    private static final Pattern LOGRUS = Pattern.compile(
            "^time=\"([^\"]*)\"" + B + "level=(\\w+)" + B + "msg=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)).*$");
    /** The connector's own prefix of msg: {@code [HOSTNAME][FILE.go:LINE package:function] }. */
    private static final Pattern CALLER = Pattern.compile("^\\[([^\\]]*)\\]\\[(\\S+) ([^\\]]*)\\] ?(.*)$");

    @Override public String name() { return "connector-log"; }

    @Override public String summary() { return "connector.log: the last " + LogTail.LINES + " entries, errors taken apart (lookup, dial, TLS), as root"; }

    @Override public Mode mode() { return Mode.ROOT; }

    @Override public Class<ConnectorLog> recordType() { return ConnectorLog.class; }

    @Override public String command(List<String> args) { return "tail -n " + LogTail.LINES + " " + LOG; }

    @Override
    public ConnectorLog parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        if (output.exitStatus() != 0) {
            throw lines.isEmpty() ? new ProbeParseException(name() + ": tail failed (exit status " + output.exitStatus() + ")")
                    : ProbeParseException.at(name(), 1, lines.get(0), "could not read " + LOG);
        }
        List<ConnectorLog.Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // the record is printed as the evidence is: a URL's password quoted in an error stays masked
            String line = SecretMask.mask(Columns.trim(lines.get(i)));
            if (line.isEmpty()) {
                continue;
            }
            output.from("entries[" + entries.size() + "]", i);
            entries.add(entry(line, i));
        }
        return new ConnectorLog(entries);
    }

    private ConnectorLog.Entry entry(String line, int index) throws ProbeParseException {
        Matcher logrus = LOGRUS.matcher(line);
        if (!logrus.matches()) {
            // a line of another shape (a panic, a wrapped line): its text, and any error in it
            return new ConnectorLog.Entry(null, null, null, null, null, line, GoNetErrorParser.find(line));
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(logrus.group(1)).toInstant();
        } catch (DateTimeParseException e) {
            throw ProbeParseException.at(name(), index + 1, line, "time is not an RFC 3339 time");
        }
        String msg = logrus.group(3) != null ? logrus.group(3).replaceAll("\\\\(.)", "$1") : logrus.group(4);
        Matcher caller = CALLER.matcher(msg);
        if (!caller.matches()) {
            return new ConnectorLog.Entry(time, logrus.group(2), null, null, null, msg, GoNetErrorParser.find(msg));
        }
        String message = caller.group(4);
        return new ConnectorLog.Entry(time, logrus.group(2), caller.group(1), caller.group(2), caller.group(3), message,
                GoNetErrorParser.find(message));
    }
}
