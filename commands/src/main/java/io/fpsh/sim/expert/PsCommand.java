package io.fpsh.sim.expert;

import java.util.List;
import java.util.Locale;

/** {@code ps}, {@code ps aux} (BSD form) and {@code ps -ef} (UNIX form) over the process table, procps layout. */
final class PsCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        String style = String.join(" ", call.args()).replace("-", "");
        List<SimProcess> processes = withSession(call, call.context().processes().all());
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

    /**
     * The table and the session's own processes, as the real ps lists them: the login shell, ps itself and the
     * other stages of its pipeline (so {@code ps aux | grep sshd} shows the grep), started now on pts/0.
     */
    private static List<SimProcess> withSession(CommandCall call, List<SimProcess> table) {
        List<SimProcess> all = new java.util.ArrayList<>(table);
        ExpertContext context = call.context();
        String now = context.clock().get().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        String user = context.user();
        int shell = context.shellPid();
        all.add(new SimProcess(shell, 2101, user, "bash", "-bash", "Ss", "pts/0", now, 0, 0.0, 0.0, 21_900, 5_020));
        List<String> commandLines = new java.util.ArrayList<>();
        commandLines.add(("ps " + String.join(" ", call.args())).strip());
        commandLines.addAll(PipelineStages.others());
        for (int i = 0; i < commandLines.size(); i++) {
            String line = commandLines.get(i);
            all.add(new SimProcess(shell + 1 + i, shell, user, line.split(" ", 2)[0], line, i == 0 ? "R+" : "S+",
                    "pts/0", now, 0, 0.0, 0.0, 12_128 + 1_024L * i, 980 + 112L * i));
        }
        all.sort(java.util.Comparator.comparingInt(SimProcess::pid));
        return all;
    }

    private static String clock(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
