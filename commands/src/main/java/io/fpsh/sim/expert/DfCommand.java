package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code df [-h] [-k] [-T] [FILE]...}: the box's file systems of {@link SystemInfo}, GNU coreutils' layout and widths. */
final class DfCommand implements ExternalCommand {
    /** GNU df's narrowest columns (coreutils 9.1 here): Filesystem, Type, Size, Used, Avail, Use%. */
    private static final int[] MINIMUM_WIDTHS = {14, 4, 5, 5, 5, 4};

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "hkPaT", "");
        if (ToolInput.badOption(call, opts, "df")) {
            return 1;
        }
        List<SystemInfo.Disk> disks = new ArrayList<>();
        int status = 0;
        if (opts.operands.isEmpty()) {
            disks.addAll(SystemInfo.DISKS);
        }
        for (String operand : opts.operands) {
            String path = call.context().fileSystem().realPath(call.resolve(operand));
            if (!call.context().fileSystem().exists(path)) {
                call.err().println("df: " + operand + ": No such file or directory");
                status = 1;
                continue;
            }
            disks.add(mountOf(path));
        }
        boolean human = opts.has('h');
        boolean typed = opts.has('T');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Filesystem", "Type", human ? "Size" : "1K-blocks", "Used", human ? "Avail" : "Available",
                "Use%", "Mounted on"});
        for (SystemInfo.Disk disk : disks) {
            long percent = disk.sizeKb() == 0 ? 0 : (disk.usedKb() * 100 + disk.sizeKb() - 1) / disk.sizeKb();
            rows.add(new String[] {disk.device(), disk.type(), size(disk.sizeKb(), human), size(disk.usedKb(), human),
                    size(disk.availableKb(), human), percent + "%", disk.mountedOn()});
        }
        int[] widths = MINIMUM_WIDTHS.clone();
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s", row[0]));
            if (typed) {
                line.append(String.format(" %-" + widths[1] + "s", row[1]));
            }
            for (int i = 2; i < widths.length; i++) {
                line.append(String.format(" %" + widths[i] + "s", row[i]));
            }
            call.out().println(line.append(' ').append(row[6]));
        }
        return status;
    }

    /** The file system a path is on: the longest mount point that holds it. */
    private static SystemInfo.Disk mountOf(String path) {
        SystemInfo.Disk best = SystemInfo.DISKS.get(0);
        for (SystemInfo.Disk disk : SystemInfo.DISKS) {
            String mount = disk.mountedOn();
            if ((path.equals(mount) || path.startsWith(mount.endsWith("/") ? mount : mount + "/"))
                    && mount.length() > best.mountedOn().length()) {
                best = disk;
            }
        }
        return best;
    }

    /** GNU's -h: powers of 1024, one decimal below 10, rounded up. */
    static String size(long kb, boolean human) {
        if (!human) {
            return Long.toString(kb);
        }
        if (kb == 0) {
            return "0";
        }
        double value = kb * 1024.0;
        String units = "BKMGTP";
        int unit = 0;
        while (value >= 1024 && unit < units.length() - 1) {
            value /= 1024;
            unit++;
        }
        if (value < 10) {
            double up = Math.ceil(value * 10) / 10;
            return up >= 10 ? "10" + units.charAt(unit) : String.format(Locale.ROOT, "%.1f%c", up, units.charAt(unit));
        }
        return (long) Math.ceil(value) + (unit == 0 ? "" : String.valueOf(units.charAt(unit)));
    }
}
