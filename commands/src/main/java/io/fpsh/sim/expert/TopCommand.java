package io.fpsh.sim.expert;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code top -b -n 1}: one batch screen of the process table, the busiest first (procps-ng 3.3's layout, KiB units);
 * interactive top is not simulated.
 */
final class TopCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "bcHiSs", "ndpuow");
        if (opts.problem("top") != null) {
            call.err().println("top: " + (opts.invalid != 0 ? "unknown option '" + opts.invalid + "'" : opts.problem("top")));
            call.err().println("Usage:\n  top -hv | -bcHiOSs -d secs -n max -u|U user -p pid(s) -o field -w [cols]");
            return 1;
        }
        if (!opts.has('b')) {
            // [UNVERIFIED] fpsh's own words: the full-screen top needs a terminal the simulation does not drive
            call.err().println("top: only batch mode is simulated: use top -b -n 1");
            return 1;
        }
        String iterations = opts.value('n') == null ? "1" : opts.value('n');
        if (!iterations.matches("\\d+")) {
            call.err().println("top: bad iterations argument '" + iterations + "'");
            return 1;
        }
        ExpertContext context = call.context();
        List<SimProcess> processes = context.processes().all();
        SystemLoad load = SystemLoad.of(processes);
        StringBuilder out = new StringBuilder();
        out.append("top - ").append(SystemInfo.uptimeLine(context).substring(1)).append('\n');
        out.append(String.format("Tasks: %3d total,   1 running, %3d sleeping,   0 stopped,   0 zombie%n",
                processes.size() + 1, processes.size()));
        double user = load.userPercent();
        out.append(String.format(Locale.ROOT, "%%Cpu(s): %4.1f us, %4.1f sy,  0.0 ni, %4.1f id,  0.1 wa,  0.0 hi,  0.1 si,  0.0 st%n",
                user, load.systemPercent(), 100 - user - load.systemPercent() - 0.2));
        out.append(String.format("KiB Mem : %8d total, %8d free, %8d used, %8d buff/cache%n", load.totalKb(),
                load.freeKb(), load.usedKb(), load.cacheKb()));
        out.append(String.format("KiB Swap:        0 total,        0 free,        0 used. %8d avail Mem%n%n",
                load.availableKb()));
        out.append("  PID USER      PR  NI    VIRT    RES    SHR S  %CPU %MEM     TIME+ COMMAND\n");
        processes.stream().sorted(Comparator.comparingDouble(SimProcess::cpuPercent).reversed()
                        .thenComparingInt(SimProcess::pid))
                .forEach(p -> out.append(String.format(Locale.ROOT, "%5d %-8s  20   0 %7d %6d %6d %s %5.1f %4.1f %9s %s%n",
                        p.pid(), p.user(), p.vszKb(), p.rssKb(), p.rssKb() / 4, p.stat().charAt(0), p.cpuPercent(),
                        p.memPercent(), time(p.cpuSeconds()), p.name())));
        call.out().print(out);
        return 0;
    }

    /** TIME+: minutes:seconds.hundredths. */
    private static String time(long seconds) {
        return String.format("%d:%02d.%02d", seconds / 60, seconds % 60, (seconds * 37) % 100);
    }
}
