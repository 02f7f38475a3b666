package io.fpsh.sim.expert;

import java.util.List;
import java.util.Locale;

/** {@code ps}, {@code ps aux} (BSD form) and {@code ps -ef} (UNIX form) over the process table, procps layout. */
final class PsCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        String style = String.join(" ", call.args()).replace("-", "");
        List<SimProcess> processes = call.context().processes().all();
        if (call.args().isEmpty()) {
            call.out().println("  PID TTY          TIME CMD");
            call.out().printf("%5d %-8s %s %s%n", call.context().shellPid(), "pts/0", clock(0), "bash");
            call.out().printf("%5d %-8s %s %s%n", call.context().shellPid() + 1, "pts/0", clock(0), "ps");
            return 0;
        }
        if (style.contains("a") && style.contains("x")) {
            call.out().println("USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND");
            for (SimProcess p : processes) {
                call.out().println(String.format(Locale.ROOT, "%-8s %5d %4.1f %4.1f %6d %5d %-8s %-4s %5s %3d:%02d %s",
                        p.user(), p.pid(), p.cpuPercent(), p.memPercent(), p.vszKb(), p.rssKb(), p.tty(), p.stat(),
                        p.start(), p.cpuSeconds() / 60, p.cpuSeconds() % 60, p.commandLine()));
            }
            return 0;
        }
        if (style.contains("e") || style.contains("A")) {
            call.out().println("UID        PID  PPID  C STIME TTY          TIME CMD");
            for (SimProcess p : processes) {
                call.out().println(String.format(Locale.ROOT, "%-8s %5d %5d %2d %5s %-8s %s %s", p.user(), p.pid(),
                        p.ppid(), (int) p.cpuPercent(), p.start(), p.tty(), clock(p.cpuSeconds()), p.commandLine()));
            }
            return 0;
        }
        call.err().println("error: unsupported option (BSD syntax)");
        call.err().println();
        call.err().println("Usage:");
        call.err().println(" ps [options]");
        return 1;
    }

    private static String clock(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
