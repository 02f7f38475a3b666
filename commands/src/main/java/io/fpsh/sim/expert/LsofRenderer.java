package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * lsof's table: each column as wide as its widest cell or title, COMMAND and NAME left-aligned, the rest
 * right-aligned; the FD number is right-aligned in at least four characters and followed by its access mode and
 * lock characters ({@code 10u }), as lsof 4.x prints them.
 */
final class LsofRenderer {

    private LsofRenderer() {}

    static List<String> render(List<LsofRow> rows) {
        int command = "COMMAND".length();
        int pid = "PID".length();
        int user = "USER".length();
        int fd = 4;
        int type = "TYPE".length();
        int device = "DEVICE".length();
        int size = "SIZE/OFF".length();
        int node = "NODE".length();
        for (LsofRow row : rows) {
            command = Math.max(command, row.command().length());
            pid = Math.max(pid, Integer.toString(row.pid()).length());
            user = Math.max(user, row.user().length());
            fd = Math.max(fd, row.fdNumber().length());
            type = Math.max(type, row.type().length());
            device = Math.max(device, row.device().length());
            size = Math.max(size, row.sizeOff().length());
            node = Math.max(node, row.node().length());
        }
        String format = "%-" + command + "s %" + pid + "s %" + user + "s %" + fd + "s%c%c %" + type + "s %" + device
                + "s %" + size + "s %" + node + "s %s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(format, "COMMAND", "PID", "USER", "FD", ' ', ' ', "TYPE", "DEVICE", "SIZE/OFF", "NODE",
                "NAME"));
        for (LsofRow row : rows) {
            lines.add(String.format(format, row.command(), row.pid(), row.user(), row.fdNumber(), row.access(), ' ',
                    row.type(), row.device(), row.sizeOff(), row.node(), row.name()));
        }
        return lines;
    }
}
