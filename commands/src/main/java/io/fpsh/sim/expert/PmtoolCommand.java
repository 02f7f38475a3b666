package io.fpsh.sim.expert;

import io.fpsh.ftd.PmtoolStatus;

import java.util.List;
import java.util.Optional;

/**
 * pmtool's read-only verbs, {@code status} and {@code statusbyid NAME}, from the daemon table, and
 * {@code restartbyid NAME}, which the guide's engineers type as root after a fix so the connector dials again at once
 * (facts 2.5; pmtool's words on success are not known, so it prints none); any other verb (disablebyid...) goes to
 * the device's own {@code pmtool} through {@link ExpertContext#externalCommand}.
 */
final class PmtoolCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        String verb = args.isEmpty() ? "" : args.get(0).toLowerCase(java.util.Locale.ROOT);
        List<PmtoolDaemon> daemons = call.context().processes().daemons();
        if (verb.equals("status")) {
            call.out().print("Received status (0): \n\nGlobal Environment:\n"
                    + "PATH=/ngfw/usr/local/sbin:/ngfw/usr/sbin:/ngfw/sbin:/usr/local/bin:/usr/bin:/bin\n\nDaemons:\n");
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
        if (verb.equals("restartbyid") && args.size() == 2) {
            if (call.context().uid() != 0) {
                call.err().println("pmtool: restartbyid must be run as root");
                return 1;
            }
            if (!call.context().processes().restart(args.get(1))) {
                call.err().println("Unknown ID " + args.get(1));
                return 1;
            }
            return 0;
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
