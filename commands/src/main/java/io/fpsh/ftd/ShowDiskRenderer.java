package io.fpsh.ftd;

import java.util.Locale;

/**
 * {@code show disk}: a {@code df -h} table of the Linux partitions. [UNVERIFIED, firepower-cli-facts.md 1.13: "df
 * -h-like table", no sample: the columns and human sizes are GNU df's.]
 */
public final class ShowDiskRenderer {
    private ShowDiskRenderer() {}

    public static String render(DiskUsage disk) {
        int width = Math.max("Filesystem".length(),
                disk.partitions().stream().mapToInt(p -> p.filesystem().length()).max().orElse(0));
        String row = "%-" + width + "s %5s %5s %5s %4s %s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, row, "Filesystem", "Size", "Used", "Avail", "Use%", "Mounted on"));
        for (DiskUsage.Partition p : disk.partitions()) {
            out.append(String.format(Locale.ROOT, row, p.filesystem(), human(p.sizeKib()), human(p.usedKib()),
                    human(p.availableKib()), p.usePercent() + "%", p.mountedOn()));
        }
        return out.toString().replace("\r\n", "\n");
    }

    /** GNU df -h: powers of 1024, one decimal below 10, rounded up; nothing at all is a bare 0. */
    static String human(long kib) {
        if (kib == 0) {
            return "0";
        }
        double value = kib;
        String[] units = {"K", "M", "G", "T"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (value < 10) {
            return String.format(Locale.ROOT, "%.1f%s", Math.ceil(value * 10) / 10, units[unit]);
        }
        return (long) Math.ceil(value) + units[unit];
    }
}
