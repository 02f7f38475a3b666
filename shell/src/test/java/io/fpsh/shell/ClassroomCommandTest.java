package io.fpsh.shell;

import io.fpsh.shell.classroom.ProgressEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh classroom status|report DIR} on a class folder written here as a classroom server writes it, and the
 * one-line refusals: a missing or wrong folder, a roster's bad lines (each on its own line, never its text).
 */
class ClassroomCommandTest {
    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {}

    private static Run fpsh(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final Instant T0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    /** carol met both objectives after one hint and logged out; dave is logged in, idle for half an hour; erin never came. */
    private Path preparedClass(boolean serverRunning) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("class"));
        Files.writeString(dir.resolve("class.json"), "{\"lab\": \"ftd01-dns\", \"title\": \"The dead server\","
                + " \"objectives\": [\"api-sse.cisco.com resolves\", \"the registration URL answers, a, b\"],"
                + " \"hints\": 3, \"students\": [\"carol\", \"dave\", \"erin\"]}\n");
        write(dir, "carol", List.of(ProgressEvent.seed(T0, 42), ProgressEvent.login(T0, 1, "CLISH"),
                ProgressEvent.command(T0.plusSeconds(10), 1), ProgressEvent.hint(T0.plusSeconds(15), 1, 1),
                ProgressEvent.command(T0.plusSeconds(20), 1), ProgressEvent.objective(T0.plusSeconds(20), 1, 1, true),
                ProgressEvent.objective(T0.plusSeconds(20), 1, 2, true), ProgressEvent.logout(T0.plusSeconds(60), 1, null)));
        write(dir, "dave", List.of(ProgressEvent.seed(T0, 7), ProgressEvent.login(T0, 1, "CLISH"),
                ProgressEvent.command(T0.plusSeconds(1800), 1), ProgressEvent.mode(T0.plusSeconds(1800), 1, "EXPERT")));
        if (serverRunning) {
            ProcessHandle self = ProcessHandle.current();
            Files.writeString(dir.resolve("server.json"), "{\"pid\": " + self.pid() + ", \"started\": \""
                    + self.info().startInstant().orElseThrow() + "\", \"port\": 2222}\n");
        }
        return dir;
    }

    private static void write(Path dir, String student, List<ProgressEvent> events) throws Exception {
        Path log = Files.createDirectories(dir.resolve("students").resolve(student)).resolve("progress.jsonl");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder text = new StringBuilder();
        for (ProgressEvent e : events) {
            text.append(json.writeValueAsString(e)).append('\n');
        }
        text.append("{\"at\":\"2026-"); // the line a killed server cut short
        Files.writeString(log, text);
    }

    @Test
    void statusTellsWhoIsLoggedInWhereAndWhoIsStuck() throws Exception {
        Run run = fpsh("classroom", "status", preparedClass(true).toString());
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches("Class ftd01-dns \\(The dead server\\): 3 students, 1 logged in now; server pid \\d+"
                + " on port 2222 since \\S+Z"), lines[0]);
        assertEquals("STUDENT  NOW        MODE    OBJECTIVES  HINTS  COMMANDS  IDLE", lines[1]);
        assertEquals("carol    away       -       2 of 2      1      2         -", lines[2]);
        assertTrue(lines[3].matches("dave     logged in  EXPERT  0 of 2      0      1         (29|30|31)m\\d\\ds  stuck"), lines[3]);
        assertEquals("erin     never      -       0 of 2      0      0         -", lines[4]);
        assertTrue(lines[5].matches("Stuck \\(no command for 5m00s or more\\): dave \\((29|30|31)m\\d\\ds without a command, 2 of 2"
                + " objectives not met\\)"), lines[5]);
    }

    @Test
    void withoutARunningServerNobodyIsLoggedIn() throws Exception {
        Run run = fpsh("classroom", "status", preparedClass(false).toString(), "--stuck-after", "1");
        assertTrue(run.out().startsWith("Class ftd01-dns (The dead server): 3 students, 0 logged in now; no server running\n"),
                run.out());
        assertTrue(Pattern.compile("(?m)^dave +away +- ").matcher(run.out()).find(), run.out());
        assertFalse(run.out().contains("Stuck"), run.out());
    }

    @Test
    void reportPrintsMarkdownAndWritesItWithHtmlAndCsv() throws Exception {
        Path dir = preparedClass(false);
        Run run = fpsh("classroom", "report", dir.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("# Class report: ftd01-dns: The dead server\n"), run.out());
        assertTrue(run.out().contains("| Student | Objectives met | Hints | Commands | Sessions | Time logged in | Seed |\n"
                + "|---|---|---|---|---|---|---|\n"
                + "| carol | 2 of 2 | 1 | 2 | 1 | 1m00s | 42 |\n"), run.out());
        assertTrue(run.out().contains("| erin | 0 of 2 | 0 | 0 | 0 | 0s |  |\n"), run.out());
        assertTrue(run.out().contains("## carol\n\n| Objective | Met | First met (UTC) | Hints then | Commands then |\n"
                + "|---|---|---|---|---|\n| 1. api-sse.cisco.com resolves | yes | " + T0.plusSeconds(20) + " | 1 | 2 |\n"),
                run.out());
        assertTrue(run.out().contains("| 1. api-sse.cisco.com resolves | no |  |  |  |\n"), run.out());
        assertEquals(run.out(), Files.readString(dir.resolve("report.md")));
        List<String> csv = List.of(Files.readString(dir.resolve("report.csv")).split("\r\n"));
        assertEquals(1 + 3 * 2, csv.size(), csv.toString());
        assertEquals("carol,2,\"the registration URL answers, a, b\",yes," + T0.plusSeconds(20) + ",1,2,1,2,1,60,42",
                csv.get(2));
        assertEquals("erin,1,api-sse.cisco.com resolves,no,,,,0,0,0,0,", csv.get(5));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<td>carol</td><td>2 of 2</td>") && html.contains("<td class=\"no\">no</td>"), html);
    }

    @Test
    void aMissingOrWrongFolderIsOneLine() throws Exception {
        Path file = Files.writeString(folder.resolve("file"), "x");
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Path broken = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(broken.resolve("class.json"), "{not json");
        assertEquals(new Run(2, "", "fpsh: classroom: " + folder.resolve("none") + ": no such folder\n"),
                fpsh("classroom", "status", folder.resolve("none").toString()));
        assertEquals(new Run(2, "", "fpsh: classroom: " + file + ": not a folder\n"), fpsh("classroom", "report", file.toString()));
        assertEquals(new Run(2, "", "fpsh: classroom: " + empty + ": not a class folder (no class.json; fpsh serve"
                + " --classroom ROSTER --dir " + empty + " makes one)\n"), fpsh("classroom", "report", empty.toString()));
        assertEquals(new Run(2, "", "fpsh: classroom: " + broken.resolve("class.json") + ": not a class file"
                + " (JsonParseException)\n"), fpsh("classroom", "status", broken.toString()));
    }

    @Test
    void classroomOptionsAreCheckedTogether() {
        assertEquals(new Run(2, "", "fpsh: serve: --classroom needs --dir CLASS_DIR (where progress and recordings go)\n"),
                fpsh("serve", "--classroom", "roster.yaml"));
        assertEquals(new Run(2, "", "fpsh: serve: --dir needs --classroom ROSTER\n"), fpsh("serve", "--dir", "x"));
        for (String other : new String[] {"--shared", "--seed=4", "--users=u", "--fleet=2"}) {
            assertEquals(new Run(2, "", "fpsh: serve: --classroom gives each student a device of one --lab, drawn from"
                    + " their own seed: it does not go with --users, --shared, --fleet, --seed or several --lab\n"),
                    fpsh("serve", "--classroom", "r", "--dir", "d", other), other);
        }
    }
}
