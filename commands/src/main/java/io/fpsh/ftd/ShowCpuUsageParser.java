package io.fpsh.ftd;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a device's {@code show cpu usage} into {@link LinaCpuUsage}. */
public final class ShowCpuUsageParser {
    private static final Pattern LINE =
            Pattern.compile("CPU utilization for 5 seconds = (\\d+)%; 1 minute: (\\d+)%; 5 minutes: (\\d+)%");

    private ShowCpuUsageParser() {}

    public static LinaCpuUsage parse(String text) {
        for (String line : CapturedOutput.lines(text)) {
            Matcher usage = LINE.matcher(line.strip());
            if (usage.matches()) {
                return new LinaCpuUsage(Integer.parseInt(usage.group(1)), Integer.parseInt(usage.group(2)),
                        Integer.parseInt(usage.group(3)));
            }
        }
        throw new FtdParseException("show cpu usage", "no 'CPU utilization for 5 seconds' line");
    }
}
