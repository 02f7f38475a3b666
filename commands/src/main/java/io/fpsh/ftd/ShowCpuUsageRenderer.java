package io.fpsh.ftd;

/**
 * {@code show cpu usage} (and {@code show cpu}) at {@code >}: one line. [SRC-FIXTURE a capture from a Firepower 4215
 * running FTD 7.4.2.4, https://github.com/ChartinoLabs/Muninn/tree/main/tests/parsers/cisco_ftd/show_cpu_usage/001_basic:
 * {@code CPU utilization for 5 seconds = 0%; 1 minute: 0%; 5 minutes: 0%}, after an empty line.] [UNVERIFIED: that
 * {@code show cpu} alone prints the same, as an ASA's does.]
 */
public final class ShowCpuUsageRenderer {
    private ShowCpuUsageRenderer() {}

    public static String render(LinaCpuUsage usage) {
        return "\nCPU utilization for 5 seconds = " + usage.fiveSeconds() + "%; 1 minute: " + usage.oneMinute()
                + "%; 5 minutes: " + usage.fiveMinutes() + "%\n";
    }
}
