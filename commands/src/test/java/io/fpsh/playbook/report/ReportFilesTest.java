package io.fpsh.playbook.report;

import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.fpsh.playbook.report.LabRunReports.device;
import static io.fpsh.playbook.report.LabRunReports.report;
import static io.fpsh.playbook.report.LabRunReports.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void theThreeFilesAreWrittenAndARerunMayReplaceTheReportItRead() throws Exception {
        RunReport old = report(device("ftd01", step("dns-servers", Verdict.FAIL, "")));
        Path json = dir.resolve("run.json");
        ReportFiles.write(old, ReportFiles.Format.JSON, json);
        RerunSelection selection = RerunSelection.read(json);
        RunReport again = report(device("ftd01", step("dns-servers", Verdict.PASS, "")));
        ReportFiles.write(again, ReportFiles.Format.JSON, json);
        assertEquals(again, RunReportJson.read(json));
        assertTrue(selection.includes("ftd01"));
        ReportFiles.write(again, ReportFiles.Format.HTML, dir.resolve("run.html"));
        ReportFiles.write(again, ReportFiles.Format.JUNIT, dir.resolve("run.xml"));
        assertTrue(Files.readString(dir.resolve("run.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(dir.resolve("run.xml")).startsWith("<?xml"));
        try (var left = Files.list(dir)) {
            assertEquals(3, left.count(), "no temporary file is left");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLine() {
        Path nowhere = dir.resolve("no/such/dir/run.json");
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> ReportFiles.write(report(), ReportFiles.Format.JSON, nowhere));
        assertTrue(e.getMessage().startsWith(nowhere + ": cannot write the json report"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
