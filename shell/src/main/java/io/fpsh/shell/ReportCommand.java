package io.fpsh.shell;

import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.report.ReportChange;
import io.fpsh.playbook.report.ReportDiff;
import io.fpsh.playbook.report.ReportDiffJson;
import io.fpsh.playbook.report.ReportDiffText;
import io.fpsh.playbook.report.ReportFormatException;
import io.fpsh.playbook.report.RunReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code fpsh report diff OLD.json NEW.json}: what changed between two runs' JSON reports. */
@Command(name = "report", description = "Commands on the reports fpsh run --json writes.", mixinStandardHelpOptions = true)
public final class ReportCommand {

    /** Changes found: as diff(1), 1. */
    static final int CHANGED = 1;

    @Spec
    CommandSpec spec;

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"What changed between two runs: the playbook, devices added or gone, device and step "
                    + "verdicts, findings new, gone, fixed or open again.",
                    "Times, durations, reasons, a finding's actual text and the evidence (outputs, pids, ports) are "
                            + "not compared.",
                    "One line per change: + added, - gone, ~ changed; nothing when the runs agree."},
            footer = {"", "Exit status: 0 no change, 1 changes, 2 a usage error or a file that is not a run report."})
    int diff(@Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier run's report.") Path before,
             @Parameters(index = "1", paramLabel = "NEW.json", description = "The later run's report.") Path after,
             @Option(names = "--json", description = "Write the changes as JSON (schema fpsh-diff/1).") boolean json)
            throws FpshException {
        List<ReportChange> changes = ReportDiff.between(read(before), read(after));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                ReportDiffJson.write(before.toString(), after.toString(), changes, out);
            } catch (IOException e) {
                throw new FpshException("cannot write the changes: " + e.getMessage(), FpshException.USAGE);
            }
        } else {
            out.print(ReportDiffText.render(changes));
        }
        out.flush();
        return changes.isEmpty() ? 0 : CHANGED;
    }

    private static RunReport read(Path file) throws FpshException {
        try {
            return RunReportJson.read(file);
        } catch (ReportFormatException e) {
            throw FpshException.usage(e.getMessage());
        }
    }
}
