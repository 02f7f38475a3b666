package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.drive.CapturingIo;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.GrammarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code system support diagnostic-cli} on the simulated FTD: LINA's prompts, enable, errors and the way back. */
class DiagnosticCliSimulationTest {
    @RegisterExtension
    final DefaultLabSession lab = new DefaultLabSession();
    private final SimulatedFtd ftd = lab.ftd();

    @Test
    void attachEnableDisableAndDetachWithCtrlAD() {
        CapturingIo attach = lab.run("system support diagnostic-cli", 0);
        assertEquals("Attaching to Diagnostic CLI ... Press 'Ctrl+a then d' to detach.\n"
                + "Type help or '?' for a list of available commands.\n\n", attach.stdout());
        assertEquals(Mode.DIAGNOSTIC, ftd.mode());
        assertEquals("firepower> ", ftd.prompt());

        CapturingIo enable = lab.run("enable", 0, "");
        assertEquals(List.of("Password: "), enable.questions(), "asked once, answered with Enter");
        assertEquals(Mode.DIAGNOSTIC_ENABLE, ftd.mode());
        assertEquals("firepower# ", ftd.prompt());

        lab.run("disable", 0);
        assertEquals(Mode.DIAGNOSTIC, ftd.mode());

        CapturingIo detach = lab.run("\u0001d", 0);
        assertEquals("Console connection detached.\n", detach.stdout());
        assertEquals(Mode.CLISH, ftd.mode());
        assertEquals("> ", ftd.prompt());
    }

    @Test
    void aWrongEnablePasswordIsRefusedAndNoAnswerLeavesTheLevelAlone() {
        lab.run("system support diagnostic-cli", 0);
        CapturingIo wrong = lab.run("enable", 1, "cisco");
        assertEquals("Invalid password\n", wrong.stderr());
        assertEquals(Mode.DIAGNOSTIC, ftd.mode());
        lab.run("enable", 1); // end of input at the question
        assertEquals(Mode.DIAGNOSTIC, ftd.mode());
    }

    @Test
    void theLevelSurvivesADetachAndExitDetachesToo() {
        lab.run("sys sup diag", 0);
        lab.run("en", 0, "");
        lab.run("^Ad", 0); // fpsh's typed spelling of Ctrl-A d
        assertEquals(Mode.CLISH, ftd.mode());
        lab.run("system support diagnostic-cli", 0);
        assertEquals(Mode.DIAGNOSTIC_ENABLE, ftd.mode(), "the console is as it was left");
        lab.run("disable", 0);
        assertEquals("Console connection detached.\n", lab.run("exit", 0).stdout());
        assertEquals(Mode.CLISH, ftd.mode());
        assertTrue(ftd.isOpen());
    }

    @Test
    void invalidInputIsLinasErrorWithACaretUnderTheWord() {
        lab.run("system support diagnostic-cli", 0);
        CapturingIo bogus = lab.run("show bogus", 1);
        assertEquals("", bogus.stdout());
        // "firepower> show " is 16 columns: the caret sits under the b of bogus
        assertEquals(" ".repeat(16) + "^\nERROR: % Invalid input detected at '^' marker.\n", bogus.stderr());
        assertEquals(" ".repeat(11) + "^\nERROR: % Invalid input detected at '^' marker.\n",
                lab.run("configure terminal", 1).stderr());
        assertEquals("ERROR: % Incomplete command\n", lab.run("show", 1).stderr());
        assertEquals(Mode.DIAGNOSTIC, ftd.mode());
    }

    @Test
    void showVersionIsTheFtdBlockThenLinasOwnLine() {
        lab.run("system support diagnostic-cli", 0);
        String version = lab.run("sh ver", 0).stdout();
        String clishVersion;
        lab.run("\u0001d", 0);
        clishVersion = lab.run("show version", 0).stdout();
        assertTrue(version.startsWith(clishVersion), version);
        assertEquals("Cisco Adaptive Security Appliance Software Version 9.13(1)\n",
                version.substring(clishVersion.length()), "the lab is FTD 6.5.0, whose ASA train is 9.13");
    }

    @Test
    void showRunningConfigStartsAndEndsAsAnFtds() {
        lab.run("system support diagnostic-cli", 0);
        lab.run("enable", 0, "");
        String config = lab.run("show running-config", 0).stdout();
        assertTrue(config.startsWith(": Saved\n:\nNGFW Version 6.5.0\n"), config);
        assertTrue(config.endsWith(": end\n"), config);
        assertFalse(config.contains("null"), config);
    }

    @Test
    void showRunningConfigNeedsEnableAsOnAnAsa() {
        lab.run("system support diagnostic-cli", 0);
        CapturingIo refused = lab.run("show running-config", 1);
        assertEquals("", refused.stdout());
        assertEquals(" ".repeat(16) + "^\nERROR: % Invalid input detected at '^' marker.\n", refused.stderr());
        lab.run("enable", 0, "");
        assertTrue(lab.run("show running-config", 0).stdout().startsWith(": Saved\n"));
    }

    @Test
    void everyDiagnosticCommandOfTheGrammarRunsAndEveryModeGraphMoveIsHonoured() {
        GrammarNode root = Grammar.ftd().root(Mode.DIAGNOSTIC);
        assertFalse(root.children().isEmpty(), "the grammar has a [diagnostic] section");
        for (Mode mode : List.of(Mode.DIAGNOSTIC, Mode.DIAGNOSTIC_ENABLE)) {
            for (String command : commandsUnder(Grammar.ftd().root(mode))) {
                try (DefaultLabSession fresh = new DefaultLabSession()) {
                    fresh.run("system support diagnostic-cli", 0);
                    if (mode == Mode.DIAGNOSTIC_ENABLE) {
                        fresh.run("enable", 0, "");
                    }
                    // a typed argument takes a sample value: the lab's gateway answers ping and traceroute
                    // (and out of the outside data interface of the healthy base: IFNAME HOST)
                    String line = command.replace("<host> <address>", "outside 192.0.2.1").replace("<host>", "192.0.2.1");
                    assertEquals("", fresh.run(line, 0, "").stderr(), mode + ": " + line);
                }
            }
        }
        for (ModeGraph.Transition move : ModeGraph.transitions()) {
            if (move.from() != Mode.DIAGNOSTIC && move.from() != Mode.DIAGNOSTIC_ENABLE) {
                continue;
            }
            try (DefaultLabSession fresh = new DefaultLabSession()) {
                SimulatedFtd device = fresh.ftd();
                device.run("system support diagnostic-cli", CapturingIo.answering());
                if (move.from() == Mode.DIAGNOSTIC_ENABLE) {
                    device.run("enable", CapturingIo.answering(""));
                }
                assertEquals(move.from(), device.mode());
                assertEquals(0, device.run(move.input(), CapturingIo.answering("")), move.toString());
                assertEquals(move.to(), device.mode(), move.toString());
            }
        }
    }

    /** Every command of a grammar tree: the paths of its nodes where a command may end. */
    private static List<String> commandsUnder(GrammarNode node) {
        List<String> commands = new ArrayList<>();
        if (node.isComplete()) {
            commands.add(node.path());
        }
        node.children().forEach(child -> commands.addAll(commandsUnder(child)));
        return commands;
    }
}
