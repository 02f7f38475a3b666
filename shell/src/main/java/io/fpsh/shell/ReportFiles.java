package io.fpsh.shell;

import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.report.ReportFormatException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.fpsh.playbook.report.ReportFiles.Format;

/**
 * The report files of {@code fpsh run} ({@code --json}, {@code --html}, {@code --junit}): checked before the run, so
 * a path that cannot be written is a usage error before anything runs, and written once the run is over, each
 * through a temporary file moved into place ({@link io.fpsh.playbook.report.ReportFiles}), so an old report read by
 * {@code --rerun} is never truncated first.
 */
final class ReportFiles {
    /** One report file: its option, its path and its format. */
    private record Report(String option, Path path, Format format) {}

    private final List<Report> reports;

    private ReportFiles(List<Report> reports) {
        this.reports = reports;
    }

    static ReportFiles check(RunRequest.Reports asked) throws FpshException {
        List<Report> reports = new ArrayList<>();
        add(reports, "--json", asked.json(), Format.JSON);
        add(reports, "--html", asked.html(), Format.HTML);
        add(reports, "--junit", asked.junit(), Format.JUNIT);
        return new ReportFiles(reports);
    }

    private static void add(List<Report> reports, String option, Path path, Format format) throws FpshException {
        if (path == null) {
            return;
        }
        Path parent = path.toAbsolutePath().getParent();
        String problem = Files.isDirectory(path) ? "is a directory"
                : parent == null || !Files.isDirectory(parent) ? "no such directory"
                : !Files.isWritable(parent) || (Files.exists(path) && !Files.isWritable(path)) ? "permission denied"
                : null;
        if (problem != null) {
            throw FpshException.usage(option + " " + Printable.of(path.toString()) + ": cannot write (" + problem + ")");
        }
        reports.add(new Report(option, path, format));
    }

    /** Writes each report; one that fails is one line naming its file, and the run's status becomes 2. */
    void write(RunReport report) throws FpshException {
        for (Report file : reports) {
            try {
                io.fpsh.playbook.report.ReportFiles.write(report, file.format(), file.path());
            } catch (ReportFormatException | RuntimeException e) {
                throw new FpshException(file.option() + " " + Printable.of(file.path().toString())
                        + ": the report was not written (" + Main.describe(e) + ")", FpshException.USAGE);
            }
        }
    }
}
