package io.fpsh.sim.connector;

import io.fpsh.ftd.ConnectorLog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One connector.log line in the Go connector's logrus text format, from its entry. */
final class ConnectorLogRenderer {
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

    private ConnectorLogRenderer() {}

    /** {@code time="..." level=error msg="[HOSTNAME][SOURCE FUNCTION] MESSAGE"}, the time at the log's offset. */
    static String line(ConnectorLog.Entry entry, ZoneOffset offset) {
        return "time=\"" + GO_TIME.format(entry.time().atOffset(offset)) + "\" level=" + entry.level() + " msg=\"["
                + entry.hostname() + "][" + entry.source() + " " + entry.function() + "] " + entry.message() + "\"";
    }
}
