package io.fpsh.ftd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command's output as it arrives from a terminal capture, reduced to the lines the device printed: CRs gone,
 * trailing padding gone (7.4 pads lines to 52 columns, PDF copies add a space), the echoed command line and the
 * next prompt line dropped.
 */
final class CapturedOutput {
    // "> show network", "firepower# show version ": a prompt followed by what was typed.
    private static final Pattern ECHOED_COMMAND = Pattern.compile("[\\w.@-]*[>#] ?\\S.*");
    // ">", "firepower#", "> ": the device waiting for the next command.
    private static final Pattern BARE_PROMPT = Pattern.compile("[\\w.@-]*[>#]");

    private CapturedOutput() {}

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lines.add(line.stripTrailing());
        }
        dropBlankEnds(lines);
        if (!lines.isEmpty() && ECHOED_COMMAND.matcher(lines.get(0)).matches()) {
            lines.remove(0);
        }
        if (!lines.isEmpty() && BARE_PROMPT.matcher(lines.get(lines.size() - 1)).matches()) {
            lines.remove(lines.size() - 1);
        }
        dropBlankEnds(lines);
        return lines;
    }

    private static void dropBlankEnds(List<String> lines) {
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }
}
