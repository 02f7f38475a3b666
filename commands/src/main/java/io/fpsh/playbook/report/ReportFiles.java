package io.fpsh.playbook.report;

import io.fpsh.playbook.RunReport;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a run's report files ({@code --json}, {@code --html}, {@code --junit}) in UTF-8, each through a temporary
 * file moved into place: a run stopped half-way never leaves half a report, and {@code --rerun old.json --json
 * old.json} reads the old file whole before the new one replaces it. A file that cannot be written is one line.
 */
public final class ReportFiles {

    /** The three kinds of report file. */
    public enum Format { JSON, HTML, JUNIT }

    private ReportFiles() {}

    public static void write(RunReport report, Format format, Path file) throws ReportFormatException {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                switch (format) {
                    case JSON -> JsonReport.write(report, out);
                    case HTML -> HtmlReport.write(report, out);
                    case JUNIT -> JunitReport.write(report, out);
                }
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ReportFormatException(file + ": cannot write the " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " report (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the write's own error is the one the user needs
        }
    }
}
