package io.fpsh.sim.clish;

import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.HelpEntry;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code show ?} lists the show commands of the facts file, none other, and every one of them answers. */
class ShowListTest {
    private static SimulatedFtd ftd;

    @BeforeAll
    static void open() throws Exception {
        ftd = (SimulatedFtd) LabDevices.open("ftd01-dns");
    }

    @AfterAll
    static void close() {
        ftd.close();
    }

    static List<String> factsList() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ShowListTest.class.getResourceAsStream("show-commands.txt")), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
        }
    }

    @Test
    void showQuestionMarkListsTheFactsFilesShowCommandsInOrder() throws Exception {
        List<String> listed = new ContextHelp(Grammar.ftd()).choices(Mode.CLISH, "show ").stream()
                .map(HelpEntry::word).toList();
        assertEquals(factsList(), listed);
    }

    @Test
    void everyListedShowCommandAnswersWithoutAnError() throws Exception {
        for (String word : factsList()) {
            CapturingIo io = CapturingIo.answering();
            int status = ftd.run("show " + word, io);
            assertEquals(0, status, () -> "show " + word + ": " + io.stderr());
            assertEquals("", io.stderr(), "show " + word);
            assertFalse(io.stdout().contains("Exception"), "show " + word);
        }
    }

    @Test
    void everyShowCommandOfTheGrammarHasAHandler() {
        ClishInterpreter clish = new ClishInterpreter(Grammar.ftd());
        for (String word : List.of("show interface ip brief", "system support view-files", "system generate-troubleshoot all")) {
            assertTrue(clish.implemented().contains(word), word);
        }
    }
}
