package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.drive.Credentials;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookSession;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.report.ReportFormatException;
import io.fpsh.playbook.report.RerunSelection;
import io.fpsh.playbook.report.TextReport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code fpsh run}: loads the playbook (the first and only time Groovy loads), opens the target as {@code fpsh probe}
 * does, runs the playbook with each step printed as it completes, then the findings, writes the reports asked for,
 * and returns the run's exit status. A usage error, a playbook that cannot load or a report file that cannot be
 * opened is one line and status 2, before anything runs.
 */
final class RunLaunch {
    private static final Duration DEVICE_BUDGET = RunOptions.defaults().deviceBudget();

    private RunLaunch() {}

    /**
     * @param answers    where the {@code --fix} question's answers are read (the terminal's lines)
     * @param onTerminal stdin and stdout are a terminal: {@code --fix} may ask, and the verdicts are in colour
     */
    static int run(RunRequest request, DeviceOpener opener, BufferedReader answers, PrintStream out, PrintStream err,
                   boolean onTerminal) throws FpshException {
        if (request.playbook() == null) {
            out.print(PlaybookList.text());
            return 0;
        }
        if (request.fix() == RunOptions.FixMode.ASK && !onTerminal) {
            throw FpshException.usage("--fix without a terminal needs --yes: nobody is there to answer its questions");
        }
        Credentials environment = UnattendedTarget.environmentPassword(request.passwordEnv());
        Plan plan = PlaybookSource.load(request.playbook());
        RerunSelection rerun = rerun(request.rerun(), plan);
        ReportFiles reports = ReportFiles.check(request.reports());
        RunReport report;
        if (request.fleet() != null) {
            if (request.fix() == RunOptions.FixMode.ASK) {
                throw FpshException.usage("--fix on an inventory needs --yes: one question per device and command "
                        + "would never end");
            }
            RunOptions options = new RunOptions(request.params(), request.timeout(), DEVICE_BUDGET, request.fix(),
                    request.allowChanges());
            RunRequest.Fleet fleet = request.fleet();
            report = FleetLaunch.run(plan, rerun, FleetLaunch.request(fleet.inventory(), fleet.limit(),
                    fleet.parallel(), fleet.runDeadline(), options), out, err, barShown(err, onTerminal));
        } else {
            Instant started = Instant.now();
            long began = System.nanoTime();
            TextReport text = new TextReport(TextReport.colourWanted(onTerminal, System.getenv("NO_COLOR")));
            Plan planned = rerun == null ? plan : rerun.planFor(plan, request.targetSpec());
            DeviceReport device = onTarget(planned, request, opener, environment, text, answerer(answers, err), out);
            report = new RunReport(plan.name(), started, (System.nanoTime() - began) / 1000, List.of(device));
        }
        reports.write(report);
        return report.exitStatus();
    }

    /**
     * Whether a fleet's progress bar is drawn on {@code err}: when the process's stderr is a terminal, whatever
     * stdout is ({@code > devices.jsonl} keeps the bar); a stream of a test in this JVM, as the caller says.
     */
    private static boolean barShown(PrintStream err, boolean onTerminal) {
        return err == System.err ? StderrTerminal.isTerminal() : onTerminal;
    }

    /** {@code --rerun OLD.json}: what the old run did not pass; it must be the same playbook's. */
    private static RerunSelection rerun(Path old, Plan plan) throws FpshException {
        if (old == null) {
            return null;
        }
        RerunSelection selection;
        try {
            selection = RerunSelection.read(old);
        } catch (ReportFormatException e) {
            throw FpshException.usage("--rerun " + e.getMessage());
        }
        if (!selection.playbook().equals(plan.name())) {
            throw FpshException.usage("--rerun " + Printable.of(old.toString()) + ": a run of playbook '"
                    + Printable.of(selection.playbook()) + "', not '" + plan.name() + "'");
        }
        return selection;
    }

    private static DeviceReport onTarget(Plan plan, RunRequest request, DeviceOpener opener, Credentials environment,
                                         TextReport text, PlaybookSession.FixApproval ask, PrintStream out)
            throws FpshException {
        String spec = request.targetSpec();
        Device opened;
        try {
            opened = UnattendedTarget.open(spec, request.passwordEnv(), environment, request.ssh(), opener);
        } catch (UnattendedTarget.Unreachable e) {
            return PlaybookOnDevice.unreachable(plan, spec, e.getMessage(), text, out);
        }
        // Unguarded as for fpsh probe: the probes only read, and the moves to root (sudo su) would be refused by a
        // REFUSE guard. Only a fix changes the device, and PlaybookSession applies one to a real device only with
        // --allow-changes (RunOptions.allowChanges), where the guard's policy would be ALLOW, which lets all through.
        try (Device device = opened) {
            Credentials credentials = Credentials.fromDevice(device).or(environment);
            RunOptions options = new RunOptions(SiteParams.of(device, request.params()), request.timeout(), DEVICE_BUDGET,
                    request.fix(), request.allowChanges());
            PlaybookSession.FixApproval approval = request.fix() == RunOptions.FixMode.YES ? (f, c) -> true : ask;
            return PlaybookOnDevice.run(plan, device, credentials, options, approval, text, out);
        }
    }

    /** {@code --fix} on a terminal: the question before each command, echo on, No unless y or yes is typed. */
    private static PlaybookSession.FixApproval answerer(BufferedReader answers, PrintStream question) {
        return (finding, command) -> {
            question.print(FixQuestion.of(finding, command));
            question.flush();
            try {
                return FixQuestion.yes(answers.readLine());
            } catch (IOException e) {
                return false;
            }
        };
    }
}
