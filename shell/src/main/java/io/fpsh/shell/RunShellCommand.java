package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.ExitStatus;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookSession;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.report.TextReport;
import io.fpsh.probe.ProbeRunner;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code :run PLAYBOOK|FILE.groovy [--fix [--yes]] [--param NAME=VALUE]... [--timeout S]}: a playbook on the
 * session's device, with the session's passwords as {@code :probe} has them; the device is left in the mode it was
 * in. In a served shell only a shipped playbook runs: a user's Groovy never runs inside {@code fpsh serve}. A fix on
 * a real device goes through the session's change guard (asked on a terminal, {@code --allow-changes} or refused,
 * as fpsh was started).
 */
final class RunShellCommand {
    static final String USAGE = "usage: :run PLAYBOOK|FILE.groovy [--fix [--yes]] [--param NAME=VALUE]... [--timeout S]";

    private RunShellCommand() {}

    /** The line after {@code :run}, read. */
    record Arguments(String playbook, RunOptions.FixMode fix, Map<String, String> params, Duration timeout) {

        static Arguments parse(String argument) throws FpshException {
            String playbook = null;
            boolean fix = false;
            boolean yes = false;
            Map<String, String> params = new LinkedHashMap<>();
            Duration timeout = TargetSession.DEFAULT_COMMAND_TIMEOUT;
            List<String> words = List.of(argument.strip().split("\\s+"));
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word.isEmpty()) {
                    continue;
                }
                String value = word.contains("=") && word.startsWith("--") ? word.substring(word.indexOf('=') + 1) : null;
                String option = value == null ? word : word.substring(0, word.indexOf('='));
                switch (option) {
                    case "--fix" -> fix = value == null || fail();
                    case "--yes" -> yes = value == null || fail();
                    case "--param", "--timeout" -> {
                        if (value == null) {
                            if (i + 1 >= words.size()) {
                                fail();
                            }
                            value = words.get(++i);
                        }
                        if (option.equals("--timeout")) {
                            timeout = Seconds.parse("--timeout", value);
                        } else {
                            int equals = value.indexOf('=');
                            if (equals <= 0) {
                                throw FpshException.usage("--param '" + Printable.of(value) + "': expected NAME=VALUE");
                            }
                            params.put(value.substring(0, equals), value.substring(equals + 1));
                        }
                    }
                    default -> {
                        if (word.startsWith("-") || playbook != null) {
                            fail();
                        }
                        playbook = word;
                    }
                }
            }
            if (yes && !fix) {
                throw FpshException.usage("--yes goes with --fix");
            }
            RunOptions.FixMode mode = !fix ? RunOptions.FixMode.NONE : yes ? RunOptions.FixMode.YES : RunOptions.FixMode.ASK;
            return new Arguments(playbook, mode, params, timeout);
        }

        private static boolean fail() throws FpshException {
            throw FpshException.usage(USAGE);
        }
    }

    /** Runs {@code :run ARGUMENTS}; the status {@code fpsh run} would exit with (2 for a usage error). */
    static int run(String argument, Session session, DeviceIo io) {
        try {
            Arguments arguments = Arguments.parse(argument);
            if (arguments.playbook() == null) {
                io.out().print(PlaybookList.text());
                return 0;
            }
            if (session.frontEnd() == Session.FrontEnd.SERVED && PlaybookSource.isFile(arguments.playbook())) {
                throw FpshException.usage(":run FILE is not available in a served shell: only the shipped playbooks "
                        + "(:run lists them)");
            }
            if (arguments.fix() != RunOptions.FixMode.NONE && !LabShellCommand.fixAllowed(session)) {
                throw FpshException.usage("this lab does not allow :run --fix (:run without --fix reads the device)");
            }
            Plan plan = PlaybookSource.load(arguments.playbook());
            return runAndReturn(plan, arguments, session, io);
        } catch (FpshException e) {
            io.err().println("fpsh: " + e.getMessage());
            return e.exitStatus();
        }
    }

    /** Runs the playbook, then moves the device back to the mode the user was in. */
    private static int runAndReturn(Plan plan, Arguments arguments, Session session, DeviceIo io) {
        Device device = session.device();
        Mode before = device.mode();
        // changes to a real device are the session's change guard's to allow (as every line typed in this shell)
        RunOptions options = new RunOptions(SiteParams.of(device, arguments.params()), arguments.timeout(),
                RunOptions.defaults().deviceBudget(), arguments.fix(), true);
        PlaybookSession.FixApproval approval = arguments.fix() == RunOptions.FixMode.YES ? (f, c) -> true
                : (finding, command) -> FixQuestion.yes(io.readLine(FixQuestion.of(finding, command)));
        TextReport text = new TextReport(TextReport.colourWanted(io instanceof TerminalIo, System.getenv("NO_COLOR")));
        DeviceReport report = PlaybookOnDevice.run(plan, device, session.credentials(io), options, approval, text,
                io.out());
        if (device.isOpen() && device.mode() != before) {
            try (DeviceDriver driver = new DeviceDriver(device, session.credentials(io))) {
                driver.run(before, "", ProbeRunner.DEFAULT_DEADLINE); // an empty line: only the moves back
            }
        }
        return ExitStatus.of(List.of(report.run()));
    }
}
