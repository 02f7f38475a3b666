package io.fpsh.shell;

import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.report.HtmlReport;
import io.fpsh.playbook.report.JsonReport;
import io.fpsh.playbook.report.JunitReport;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report files of {@code fpsh run} ({@code --json}, {@code --html}, {@code --junit}), opened before the run so
 * a path that cannot be written is a usage error before anything runs, and written once the run is over.
 */
final class ReportFiles implements AutoCloseable {
    /** One report file: its option, its path, its open writer and how a run is written to it. */
    private record Report(String option, Path path, Writer writer, Body body) {}

    @FunctionalInterface
    private interface Body {
        void write(RunReport report, Writer out) throws IOException;
    }

    private final List<Report> reports;

    private ReportFiles(List<Report> reports) {
        this.reports = reports;
    }

    static ReportFiles open(RunRequest.Reports asked) throws FpshException {
        List<Report> reports = new ArrayList<>();
        try {
            add(reports, "--json", asked.json(), JsonReport::write);
            add(reports, "--html", asked.html(), HtmlReport::write);
            add(reports, "--junit", asked.junit(), JunitReport::write);
        } catch (FpshException e) {
            new ReportFiles(reports).close();
            throw e;
        }
        return new ReportFiles(reports);
    }

    private static void add(List<Report> reports, String option, Path path, Body body) throws FpshException {
        if (path == null) {
            return;
        }
        try {
            reports.add(new Report(option, path, Files.newBufferedWriter(path, StandardCharsets.UTF_8), body));
        } catch (IOException | RuntimeException e) {
            throw FpshException.usage(option + " " + Printable.of(path.toString()) + ": cannot write ("
                    + reason(e) + ")");
        }
    }

    /** Writes each report; one that fails is one line naming its file, and the run's status becomes 2. */
    void write(RunReport report) throws FpshException {
        for (Report file : reports) {
            try {
                file.body().write(report, file.writer());
                file.writer().flush();
            } catch (IOException | RuntimeException e) {
                throw new FpshException(file.option() + " " + Printable.of(file.path().toString())
                        + ": the report was not written (" + reason(e) + ")", FpshException.USAGE);
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return Main.describe(e);
    }

    @Override
    public void close() {
        for (Report file : reports) {
            try {
                file.writer().close();
            } catch (IOException e) {
                // nothing more to say: write() said it
            }
        }
    }
}
