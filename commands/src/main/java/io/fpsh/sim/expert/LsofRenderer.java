package io.fpsh.sim.expert;

import io.fpsh.ftd.LsofSockets;

import java.util.ArrayList;
import java.util.List;

/**
 * lsof's table: each column as wide as its widest cell or title, COMMAND and NAME left-aligned, the rest
 * right-aligned; the FD number is right-aligned in at least four characters and followed by its access mode and
 * lock characters ({@code 10u }), as lsof 4.x prints them.
 */
final class LsofRenderer {

    private LsofRenderer() {}

    static List<String> render(List<LsofSockets.Socket> rows) {
        int command = "COMMAND".length();
        int pid = "PID".length();
        int user = "USER".length();
        int fd = 4;
        int type = "TYPE".length();
        int device = "DEVICE".length();
        int size = "SIZE/OFF".length();
        int node = "NODE".length();
        for (LsofSockets.Socket row : rows) {
            command = Math.max(command, row.command().length());
            pid = Math.max(pid, Integer.toString(row.pid()).length());
            user = Math.max(user, row.user().length());
            fd = Math.max(fd, fdNumber(row).length());
            type = Math.max(type, row.type().length());
            device = Math.max(device, row.device().length());
            size = Math.max(size, row.sizeOff().length());
            node = Math.max(node, row.protocol().length());
        }
        String format = "%-" + command + "s %" + pid + "s %" + user + "s %" + fd + "s%s%c %" + type + "s %" + device
                + "s %" + size + "s %" + node + "s %s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(format, "COMMAND", "PID", "USER", "FD", " ", ' ', "TYPE", "DEVICE", "SIZE/OFF", "NODE",
                "NAME"));
        for (LsofSockets.Socket row : rows) {
            lines.add(String.format(format, row.command(), row.pid(), row.user(), fdNumber(row),
                    row.fd().substring(fdNumber(row).length()), ' ', row.type(), row.device(), row.sizeOff(),
                    row.protocol(), name(row)));
        }
        return lines;
    }

    /** The FD column's number part ({@code 10} of {@code 10u}). */
    private static String fdNumber(LsofSockets.Socket row) {
        return row.fd().replaceFirst("^(\\d*).*$", "$1");
    }

    /** NAME: the ends, then the TCP state in parentheses; UDP has none, which leaves a trailing blank. */
    private static String name(LsofSockets.Socket row) {
        String ends = row.remoteEnd() == null ? row.localEnd() : row.localEnd() + "->" + row.remoteEnd();
        return ends + (row.tcpState() == null ? " " : " (" + row.tcpState() + ")");
    }
}
