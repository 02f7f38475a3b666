package io.fpsh.sim.expert;

import io.fpsh.ftd.PmtoolStatus;

import java.util.List;
import java.util.Optional;

/**
 * pmtool's read-only verbs, {@code status} and {@code statusbyid NAME}, from the daemon table, and the verbs that
 * change a daemon: {@code restartbyid NAME} (how an engineer restarts the SSE connector: facts 2.5),
 * {@code DisableById NAME} and {@code EnableById NAME} (facts 2.4); any other verb goes to the device's own
 * {@code pmtool} through {@link ExpertContext#externalCommand}.
 */
final class PmtoolCommand implements ExternalCommand {
    /**
     * The verbs that change a daemon, in any case as typed ({@code DisableById}, {@code disablebyid}): DisableById and
     * EnableById are confirmed (facts 2.4, B5), restartbyid is not (facts 2.5); each prints nothing when done
     * [UNVERIFIED].
     */
    private static final java.util.Set<String> CHANGES = java.util.Set.of("restartbyid", "disablebyid", "enablebyid");

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        String verb = args.isEmpty() ? "" : args.get(0).toLowerCase(java.util.Locale.ROOT);
        List<PmtoolDaemon> daemons = call.context().processes().daemons();
        if (verb.equals("status")) {
            // the FMC's PATH is B5's sample; the FTD's puts its /ngfw tree first
            String root = call.context().firepowerRoot();
            call.out().print("Received status (0): \n\nGlobal Environment:\n"
                    + "PATH=" + root + "/usr/local/sbin:" + root + "/usr/sbin:" + root + "/sbin:/usr/local/bin:/usr/bin:/bin"
                    + "\n\nDaemons:\n");
            for (PmtoolDaemon daemon : daemons) {
                call.out().print(render(daemon.record()));
            }
            return 0;
        }
        if (verb.equals("statusbyid") && args.size() == 2) {
            Optional<PmtoolDaemon> daemon = daemons.stream().filter(d -> d.name().equals(args.get(1))).findFirst();
            if (daemon.isEmpty()) {
                call.err().println("Unknown ID " + args.get(1));
                return 1;
            }
            call.out().print(render(daemon.get().record()));
            return 0;
        }
        if (CHANGES.contains(verb) && args.size() == 2) {
            String name = args.get(1);
            if (daemons.stream().noneMatch(d -> d.name().equals(name))) {
                call.err().println("Unknown ID " + name);
                return 1;
            }
            ProcessTable processes = call.context().processes();
            boolean known = switch (verb) {
                case "disablebyid" -> processes.disable(name);
                case "enablebyid" -> processes.enable(name);
                default -> processes.restart(name);
            };
            if (known) {
                return 0;
            }
        }
        Optional<ExternalCommand> device = call.context().externalCommand("pmtool");
        if (device.isPresent()) {
            return device.get().run(call);
        }
        call.err().println("Usage: pmtool <command> [<args>]");
        return 1;
    }

    /**
     * One record: {@code Name (category) - Running PID}, Command, PID File, Enable File, Requires, Required by, blank
     * line; a line whose value is missing is left out.
     */
    static String render(PmtoolStatus.Daemon daemon) {
        StringBuilder record = new StringBuilder();
        record.append(daemon.name()).append(" (").append(daemon.category()).append(") - ").append(daemon.state());
        if (daemon.pid() != null) {
            record.append(' ').append(daemon.pid());
        }
        record.append('\n');
        line(record, "Command: ", daemon.command());
        line(record, "PID File: ", daemon.pidFile());
        line(record, "Enable File: ", daemon.enableFile());
        if (!daemon.requires().isEmpty()) {
            line(record, "Requires: ", String.join(",", daemon.requires()));
        }
        if (!daemon.requiredBy().isEmpty()) {
            line(record, "Required by: ", String.join(",", daemon.requiredBy()));
        }
        return record.append('\n').toString();
    }

    private static void line(StringBuilder record, String label, String value) {
        if (value != null) {
            record.append(label).append(value).append('\n');
        }
    }
}
