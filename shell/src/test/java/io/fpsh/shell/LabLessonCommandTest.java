package io.fpsh.shell;

import io.fpsh.lab.LabFile;
import io.fpsh.shell.FpshProcess.Result;
import io.fpsh.sim.run.LabDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jline.reader.Candidate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh lab show}, {@code fpsh lab test} and {@code fpsh -c ':lab ...'} (in this JVM, through the real command
 * line and the real labs), on every shipped lab with a lesson and on broken ones; and what completion offers after
 * {@code :lab}.
 */
class LabLessonCommandTest {
    @TempDir
    Path folder;

    @Test
    void everyShippedLabWithALessonPassesItsRehearsal() throws Exception {
        List<String> tested = new ArrayList<>();
        for (LabDevices.ShippedLab shipped : LabDevices.shipped()) {
            LabFile lab = LabDevices.read(shipped.name());
            if (lab.teaching() == null) {
                continue;
            }
            Result run = FpshProcess.inProcess("lab", "test", shipped.name());
            assertEquals(0, run.exitStatus(), shipped.name() + ":\n" + run.out() + run.err());
            assertEquals("", run.err());
            assertTrue(run.out().endsWith(shipped.name() + ": passed.\n"), run.out());
            if (!lab.plants().isEmpty()) {
                assertTrue(run.out().startsWith(shipped.name() + ": as planted: "), run.out());
                assertTrue(run.out().contains(": after the solution ("), run.out());
                assertTrue(run.out().contains(": after :lab reset: "), run.out());
            }
            tested.add(shipped.name());
        }
        assertTrue(tested.containsAll(List.of("ftd01-dns", "ftd01-proxy", "ftd01-connector-down",
                "ftd01-eventhandler-down", "ftd01-healthy", "ftd01-blocked-eu", "ftd01-no-events", "ftd01-port-reject",
                "ftd01-tls-inspection", "ftd01-clock-skew", "ftd01-no-dns")), tested.toString());
    }

    @Test
    void theStepThatBreaksIsOneLineAndExitOne() throws Exception {
        Path wrong = Files.writeString(folder.resolve("wrong.yaml"), """
                base: ftd01-dns
                name: wrong
                plants: DNS-SERVER-DEAD
                teaching:
                  solution: [configure network dns servers 192.0.2.12]
                """);
        Result run = FpshProcess.inProcess("lab", "test", wrong.toString());
        assertEquals(1, run.exitStatus());
        assertEquals("fpsh lab test: wrong: the solution leaves 5 of 5 objectives not met (the check and the transcript"
                + " are above)\n", run.err());
        assertTrue(run.out().contains("> configure network dns servers 192.0.2.12\n"), "the transcript: " + run.out());
        Path solved = Files.writeString(folder.resolve("solved.yaml"), """
                base: ftd01-dns
                name: solved
                plants: DNS-SERVER-DEAD
                dns: {servers: [192.0.2.11]}
                """);
        run = FpshProcess.inProcess("lab", "test", solved.toString());
        assertEquals(1, run.exitStatus());
        assertEquals("fpsh lab test: solved: as planted: every objective is met before anything is typed\n", run.err());
        Path notHealthy = Files.writeString(folder.resolve("not-healthy.yaml"), """
                base: ftd01-dns
                name: not-healthy
                teaching:
                  title: Not healthy
                  story: A lab that says it plants nothing, over a broken base.
                  objectives:
                    - resolves: api-sse.cisco.com
                  solution: [show version]
                """);
        run = FpshProcess.inProcess("lab", "test", notHealthy.toString());
        assertEquals(1, run.exitStatus());
        assertEquals("fpsh lab test: not-healthy: as planted: a lab that plants nothing must meet its objectives as"
                + " shipped: 1 of 1 objectives not met\n", run.err());
    }

    @Test
    void aLabThatCannotBeTestedIsExitTwo() throws Exception {
        Result none = FpshProcess.inProcess("lab", "test", bareLab().toString());
        assertEquals(2, none.exitStatus());
        assertEquals("fpsh: lab bare has no teaching part: nothing to test\n", none.err());
        Result missing = FpshProcess.inProcess("lab", "test", "nosuch");
        assertEquals(2, missing.exitStatus());
        assertEquals("fpsh: unknown lab 'nosuch' (fpsh lab list shows the shipped labs)\n", missing.err());
    }

    @Test
    void showTellsTheStoryObjectivesAndHintCountNeverTheSolution() throws Exception {
        Result run = FpshProcess.inProcess("lab", "show", "ftd01-eventhandler-down");
        assertEquals(0, run.exitStatus(), run.err());
        assertTrue(run.out().startsWith("ftd01-eventhandler-down: Events with nowhere to go\n\nThe connector's websocket"),
                run.out());
        assertTrue(run.out().contains("Objectives:\n  1. pmtool shows EventHandler Running\n  2. a daemon is CONNECTED to "
                + "/ngfw/var/sf/run/EventHandler_SSEConnector.sock\nHints: 3. Solution: allowed (:lab solution).\n"), run.out());
        assertFalse(run.out().contains("EnableById"), "not the solution: " + run.out());
        Result none = FpshProcess.inProcess("lab", "show", bareLab().toString());
        assertEquals(0, none.exitStatus());
        assertTrue(none.out().endsWith("This lab has no teaching part: no story, objectives or hints.\n"), none.out());
    }

    @Test
    void dashCExitsWithTheChecksVerdict() {
        Result planted = FpshProcess.inProcess("--lab", "ftd01-dns", "-c", ":lab check");
        assertEquals(1, planted.exitStatus(), planted.err());
        assertTrue(planted.out().startsWith("1. api-sse.cisco.com resolves through the device's DNS servers: not met\n")
                && planted.out().endsWith("5 of 5 objectives not met.\n"), planted.out());
        Result fixed = FpshProcess.inProcess("--lab", "ftd01-dns", "-c",
                "configure network dns servers 192.0.2.10,192.0.2.11; :lab check");
        assertEquals(0, fixed.exitStatus(), fixed.out() + fixed.err());
        assertTrue(fixed.out().endsWith("All objectives met.\n"), fixed.out());
    }

    @Test
    void aLabWithoutALessonStillResetsAndASolutionNotAllowedIsOneLine() throws Exception {
        Result none = FpshProcess.inProcess("--lab", bareLab().toString(), "-c", ":lab; :lab reset");
        assertEquals("fpsh: lab bare has no teaching part (:lab reset still works)\n", none.err());
        assertEquals("Lab bare reset: the device is as planted.\n", none.out());
        Path closed = Files.writeString(folder.resolve("closed.yaml"),
                "base: ftd01-dns\nname: closed\nplants: DNS-SERVER-DEAD\nteaching:\n  allowSolution: false\n");
        Result refused = FpshProcess.inProcess("--lab", closed.toString(), "-c", ":lab solution");
        assertEquals(1, refused.exitStatus());
        assertEquals("fpsh: lab closed does not allow its solution to be shown\n", refused.err());
        assertEquals("", refused.out());
    }

    /** A lab with no teaching part (every shipped lab has one): another fault than its base's, so none inherited. */
    private Path bareLab() throws java.io.IOException {
        return Files.writeString(folder.resolve("bare.yaml"), "base: ftd01-healthy\nname: bare\nplants: DNS-SLOW\n"
                + "dns: {servers: [192.0.2.12]}\nnetwork:\n  dnsServers:\n    - {address: 192.0.2.12, behaviour: slow, delayMs: 2500}\n");
    }

    @Test
    void completionOffersLabAndItsSubcommandsInBothShells() {
        for (boolean served : List.of(false, true)) {
            List<Candidate> names = new ArrayList<>();
            OwnCommandCandidates.add(":la", served, names);
            assertTrue(names.stream().anyMatch(c -> c.value().equals(":lab")), "served " + served);
            List<Candidate> words = new ArrayList<>();
            OwnCommandCandidates.add(":lab ", served, words);
            assertEquals(List.of("hint", "check", "reset", "solution", "actions", "answer"), words.stream().map(Candidate::value).toList());
        }
    }
}
