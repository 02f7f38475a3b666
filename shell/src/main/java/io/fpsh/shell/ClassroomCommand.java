package io.fpsh.shell;

import io.fpsh.shell.classroom.ClassFolder;
import io.fpsh.shell.classroom.ClassInfo;
import io.fpsh.shell.classroom.ClassReport;
import io.fpsh.shell.classroom.ClassStatus;
import io.fpsh.shell.classroom.ClassroomException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** {@code fpsh classroom status|report DIR}: a class folder written by {@code fpsh serve --classroom}, read. */
@Command(name = "classroom", description = "Read a class folder written by fpsh serve --classroom.",
        mixinStandardHelpOptions = true)
public final class ClassroomCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Who is logged in now, in which mode, objectives met, hints, and how long"
            + " each has typed nothing (stuck).")
    int status(@Parameters(paramLabel = "DIR", description = "The class folder (fpsh serve --dir).") Path dir,
               @Option(names = "--stuck-after", paramLabel = "MINUTES", defaultValue = "5",
                       description = "Flag a logged-in student idle this long with objectives left (default:"
                               + " ${DEFAULT-VALUE}).") int stuckMinutes) throws FpshException {
        if (stuckMinutes < 0) {
            throw FpshException.usage("classroom status: --stuck-after " + stuckMinutes + ": give minutes, 0 or more");
        }
        ClassFolder folder = folder(dir);
        ClassInfo info = info(folder);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ClassStatus.text(info, folder.progress(info), folder.runningServer(), Instant.now(),
                Duration.ofMinutes(stuckMinutes)));
        out.flush();
        return 0;
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Print the class report (Markdown) and write report.md, report.html and"
            + " report.csv into DIR: per student, which objective was met, when, with how many hints and commands.")
    int report(@Parameters(paramLabel = "DIR", description = "The class folder (fpsh serve --dir).") Path dir)
            throws FpshException {
        ClassFolder folder = folder(dir);
        ClassInfo info = info(folder);
        ClassReport report = new ClassReport(info, folder.progress(info), Instant.now());
        String markdown = report.markdown();
        try {
            Files.writeString(dir.resolve("report.md"), markdown);
            Files.writeString(dir.resolve("report.html"), report.html());
            Files.writeString(dir.resolve("report.csv"), report.csv());
        } catch (IOException e) {
            throw new FpshException("classroom report: cannot write into " + dir + ": " + Main.describe(e), 1);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown);
        out.flush();
        return 0;
    }

    private static ClassFolder folder(Path dir) throws FpshException {
        try {
            return ClassFolder.existing(dir);
        } catch (ClassroomException e) {
            throw FpshException.usage("classroom: " + e.getMessage());
        }
    }

    private static ClassInfo info(ClassFolder folder) throws FpshException {
        try {
            return folder.readClass();
        } catch (ClassroomException e) {
            throw FpshException.usage("classroom: " + e.getMessage());
        }
    }
}
