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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code show ?} lists the show commands of the facts file for the device's version, none other, and every one of
 * them answers; a command of a later version is an unknown command, in the clish's words, on an older one.
 */
class ShowListTest {
    private static SimulatedFtd ftd;
    private static SimulatedFtd ftd74;

    @BeforeAll
    static void open() throws Exception {
        ftd = (SimulatedFtd) LabDevices.open("ftd01-dns");
        ftd74 = (SimulatedFtd) LabDevices.open("ftd74-healthy");
    }

    @AfterAll
    static void close() {
        ftd.close();
        ftd74.close();
    }

    /** The facts' show words a device of {@code version} has: those without a later "N.N+" mark. */
    static List<String> factsList(String version) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ShowListTest.class.getResourceAsStream("show-commands.txt")), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\s+"))
                    .filter(words -> !words[1].matches("\\d+\\.\\d+\\+") || !olderThan(version, words[1]))
                    .map(words -> words[0]).toList();
        }
    }

    private static boolean olderThan(String version, String since) {
        String[] have = version.split("\\.");
        String[] need = since.replace("+", "").split("\\.");
        int h = Integer.parseInt(have[0]) * 1000 + Integer.parseInt(have[1]);
        return h < Integer.parseInt(need[0]) * 1000 + Integer.parseInt(need[1]);
    }

    static List<String> listed(String version) {
        return new ContextHelp(Grammar.ftd(version)).choices(Mode.CLISH, "show ").stream().map(HelpEntry::word).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.5.0", "7.2.5", "7.4.1"})
    void showQuestionMarkListsTheFactsFilesShowCommandsOfTheVersionInOrder(String version) throws Exception {
        assertEquals(factsList(version), listed(version));
    }

    @Test
    void theCommandsOf74AreListedFrom74OnAndOnARealDeviceOfUnknownVersion() throws Exception {
        assertFalse(listed("7.3.1").contains("management-interface"));
        assertTrue(listed("7.4.0").contains("management-interface"));
        assertTrue(listed("10.0.0").contains("management-interface"));
        List<String> all = new ContextHelp(Grammar.ftd()).choices(Mode.CLISH, "show ").stream().map(HelpEntry::word).toList();
        assertEquals(listed("7.4.1"), all);
        assertEquals(List.of(), new ContextHelp(Grammar.ftd("6.5.0")).choices(Mode.CLISH, "show interface i"));
        assertEquals(List.of("ip"), new ContextHelp(Grammar.ftd("7.4.1")).choices(Mode.CLISH, "show interface i").stream()
                .map(HelpEntry::word).toList());
    }

    @Test
    void everyListedShowCommandAnswersWithoutAnError() throws Exception {
        for (SimulatedFtd device : List.of(ftd, ftd74)) {
            for (String word : factsList(device.softwareVersion())) {
                CapturingIo io = CapturingIo.answering();
                String line = word.equals("management-interface") ? "show management-interface convergence" : "show " + word;
                int status = device.run(line, io);
                assertEquals(0, status, () -> line + ": " + io.stderr());
                assertEquals("", io.stderr(), line);
                assertFalse(io.stdout().contains("Exception"), line);
            }
        }
    }

    @Test
    void a65LabAnswers74sCommandsAsTheBoxAnswersAnUnknownOne() throws Exception {
        CapturingIo bogus = CapturingIo.answering();
        assertEquals(1, ftd.run("show bogus", bogus));
        for (String line : List.of("show management-interface convergence", "show interface ip brief")) {
            CapturingIo io = CapturingIo.answering();
            assertEquals(1, ftd.run(line, io), line);
            assertEquals(bogus.stderr(), io.stderr(), line);
            assertEquals("", io.stdout(), line);
        }
        CapturingIo merged = CapturingIo.answering();
        assertEquals(0, ftd74.run("show management-interface convergence", merged));
        assertEquals("Management and Diagnostic interfaces are merged.\n", merged.stdout());
    }

    @Test
    void everyShowCommandOfTheGrammarHasAHandler() {
        ClishInterpreter clish = new ClishInterpreter(Grammar.ftd());
        for (String word : List.of("show interface ip brief", "show management-interface convergence",
                "system support view-files", "system generate-troubleshoot all")) {
            assertTrue(clish.implemented().contains(word), word);
        }
    }
}
