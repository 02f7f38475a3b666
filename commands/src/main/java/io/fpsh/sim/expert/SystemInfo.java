package io.fpsh.sim.expert;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The figures of the simulated box the system tools share (uname, uptime, top, df, ps): its kernel, boot time,
 * memory and disks. None is in the facts file: a FTD 6.5/7.x virtual appliance's plausible values [UNVERIFIED].
 */
final class SystemInfo {

    /** One mounted file system, as df shows it, sizes in KiB. */
    record Disk(String device, String type, long sizeKb, long usedKb, String mountedOn) {
        long availableKb() {
            return sizeKb - usedKb;
        }
    }

    static final String KERNEL_RELEASE = "4.14.144"; // [UNVERIFIED] a 4.14 kernel, as FTD 6.5/6.6 builds carry
    static final String KERNEL_VERSION = "#1 SMP Thu Nov 14 13:36:14 UTC 2019";
    static final String MACHINE = "x86_64";
    static final long MEMORY_KB = 8_167_840; // the 8 GB a FTDv is given [UNVERIFIED: its exact usable total]

    // [UNVERIFIED] the file system types (df -T)
    static final List<Disk> DISKS = List.of(
            new Disk("rootfs", "rootfs", 3_966_224, 1_002_312, "/"),
            new Disk("devtmpfs", "devtmpfs", 4_075_264, 0, "/dev"),
            new Disk("tmpfs", "tmpfs", 4_083_920, 8_344, "/run"),
            new Disk("/dev/sda1", "ext3", 967_320, 176_436, "/mnt/boot"),
            new Disk("/dev/sda2", "ext3", 4_061_528, 1_284_316, "/opt/cisco/config"),
            new Disk("/dev/sda5", "ext3", 41_286_208, 9_875_120, "/ngfw"),
            new Disk("/dev/sda6", "ext3", 7_864_320, 1_573_896, "/ngfw/Volume"));

    private SystemInfo() {}

    /** The context's boot time: the uptime grows with the lab time. */
    static ZonedDateTime bootTime(ExpertContext context) {
        return context.bootTime();
    }

    /** uptime's line: {@code  15:16:02 up 6 days, 13:49,  1 user,  load average: 0.31, 0.42, 0.40}. */
    static String uptimeLine(ExpertContext context) {
        ZonedDateTime now = context.clock().get();
        Duration up = Duration.between(bootTime(context), now);
        long days = up.toDays();
        String clock = up.toHoursPart() == 0 ? up.toMinutesPart() + " min"
                : String.format("%2d:%02d", up.toHoursPart(), up.toMinutesPart());
        String since = days == 0 ? clock : days + (days == 1 ? " day, " : " days, ") + clock;
        return String.format(" %02d:%02d:%02d up %s,  1 user,  load average: %s", now.getHour(), now.getMinute(),
                now.getSecond(), since, loadAverage(context));
    }

    /**
     * {@code uptime -p}: {@code up 5 days, 23 hours, 53 minutes}, as procps-ng 4 spells it (weeks, days, hours,
     * minutes; the parts that are 0 left out). [UNVERIFIED: the box's procps; years and decades are not reached here]
     */
    static String prettyUptime(ExpertContext context) {
        Duration up = Duration.between(bootTime(context), context.clock().get());
        long[] amounts = {up.toDays() / 7, up.toDays() % 7, up.toHoursPart(), up.toMinutesPart()};
        String[] units = {"week", "day", "hour", "minute"};
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0 || (i == amounts.length - 1 && up.toSeconds() < 60)) {
                parts.add(amounts[i] + " " + units[i] + (amounts[i] == 1 ? "" : "s"));
            }
        }
        return "up " + String.join(", ", parts);
    }

    /** The load from the processes' CPU shares: what they use now, a little more over the longer spans. */
    static String loadAverage(ExpertContext context) {
        double cpu = context.processes().all().stream().mapToDouble(SimProcess::cpuPercent).sum() / 100;
        return String.format(java.util.Locale.ROOT, "%.2f, %.2f, %.2f", cpu, cpu * 1.1 + 0.05, cpu * 1.2 + 0.08);
    }
}
