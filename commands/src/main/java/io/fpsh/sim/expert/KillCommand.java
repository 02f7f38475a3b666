package io.fpsh.sim.expert;

import java.util.List;
import java.util.Optional;

/**
 * bash's {@code kill [-SIGNAL] PID...} on the simulated processes. A daemon pmtool manages is started again by its
 * process manager with a new pid (pmtool's records carry a {@code Next start:} time, facts 2.4: PM restarts what
 * dies) [UNVERIFIED: the restart delay]; the session's own shell and the box's other processes are not killed here.
 * Signal 0 only asks whether the process is there and may be signalled; the login shell ({@code $$}) ignores TERM,
 * INT and QUIT as an interactive bash does.
 */
final class KillCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        int first = 0;
        String signal = "TERM";
        if (!call.args().isEmpty() && call.args().get(0).equals("-l")) {
            call.out().println(" 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP");
            call.out().println(" 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1");
            call.out().println("11) SIGSEGV\t12) SIGUSR2\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM");
            return 0;
        }
        if (!call.args().isEmpty() && call.args().get(0).startsWith("-")) {
            signal = call.args().get(0).substring(1);
            if (signal.equals("s") || signal.equals("n")) {
                first = 2;
                signal = call.args().size() > 1 ? call.args().get(1) : "";
            } else if (!signal.matches("\\d{1,2}|(SIG)?(HUP|INT|QUIT|KILL|TERM|USR1|USR2)")) {
                call.err().println("-bash: kill: " + signal + ": invalid signal specification");
                return 1;
            } else {
                first = 1;
            }
        }
        if (first >= call.args().size()) {
            call.err().println("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]");
            return 2;
        }
        int status = 0;
        for (String target : call.args().subList(Math.min(first, call.args().size()), call.args().size())) {
            if (!target.matches("\\d{1,9}")) {
                call.err().println("-bash: kill: " + target + ": arguments must be process or job IDs");
                status = 1;
                continue;
            }
            status = Math.max(status, kill(call, Integer.parseInt(target), signal.replaceFirst("^SIG", "")));
        }
        return status;
    }

    private static int kill(CommandCall call, int pid, String signal) {
        if (pid == call.context().shellPid()) {
            if (List.of("0", "TERM", "15", "INT", "2", "QUIT", "3").contains(signal)) {
                return 0;
            }
            // [UNVERIFIED] fpsh's own line, as for init: leave the shell with exit instead
            call.err().println("-bash: kill: (" + pid + ") - the simulation keeps bash running: use exit");
            return 1;
        }
        ProcessTable table = call.context().processes();
        Optional<SimProcess> process = table.all().stream().filter(p -> p.pid() == pid).findFirst();
        if (process.isEmpty()) {
            call.err().println("-bash: kill: (" + pid + ") - No such process");
            return 1;
        }
        boolean root = call.context().user().equals("root");
        if (!root && !process.get().user().equals(call.context().user())) {
            call.err().println("-bash: kill: (" + pid + ") - Operation not permitted");
            return 1;
        }
        if (signal.equals("0")) {
            return 0; // it is there, and this user may signal it
        }
        Optional<PmtoolDaemon> daemon = table.daemons().stream().filter(d -> d.isRunning() && d.pid() == pid).findFirst();
        if (daemon.isPresent() && table.restart(daemon.get().name())) {
            return 0; // the process manager starts it again
        }
        // [UNVERIFIED] fpsh's own line: killing init, sshd or pm would take the box or the session down
        call.err().println("-bash: kill: (" + pid + ") - the simulation keeps " + process.get().name() + " running");
        return 1;
    }
}
