package io.fpsh.sim.run;

import io.fpsh.sim.LabClock;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.DeviceState;
import io.fpsh.device.Mode;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.GrammarNode;
import io.fpsh.lab.LabFile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The expert part of ftd.grammar (what TAB completes and describes) and the commands the simulated bash really runs
 * are two lists: this test ties them, both ways, on a lab's own shell.
 */
class ExpertGrammarTiesTest {
    /** Commands completion offers that the simulation does not run, each with why. None today. */
    private static final Map<String, String> NOT_SIMULATED = Map.of();

    @Test
    void everyCommandTheShellRunsIsCompletedWithAHelpText() throws Exception {
        try (LabServices services = expertServices()) {
            Set<String> missing = new TreeSet<>(services.commandNames());
            missing.removeAll(completedWithHelp());
            assertEquals(Set.of(), missing, "run by the expert shell, not offered by ftd.grammar's [expert]");
        }
    }

    @Test
    void everyCompletedCommandRunsOrIsListedAsNotSimulated() throws Exception {
        try (LabServices services = expertServices()) {
            Set<String> notRun = new TreeSet<>();
            for (String name : completedWithHelp()) {
                if (!services.runs(name) && !NOT_SIMULATED.containsKey(name)) {
                    notRun.add(name);
                }
            }
            assertEquals(Set.of(), notRun, "offered by ftd.grammar's [expert], not run by the shell");
        }
    }

    @Test
    void everyProgramFileOfTheDeviceRuns() throws Exception {
        try (LabServices services = expertServices()) {
            Set<String> notRun = new TreeSet<>();
            for (String path : io.fpsh.sim.expert.CommandPaths.programs()) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!services.runs(name)) {
                    notRun.add(path);
                }
            }
            assertEquals(Set.of(), notRun, "a program file of the device that the shell cannot run");
        }
    }

    @Test
    void theTieSeesAMissingCommand() throws Exception {
        try (LabServices services = expertServices()) {
            assertEquals(false, services.runs("rsync"), "a command the simulation has not");
            assertEquals(true, services.runs("curl"));
        }
    }

    /** The top-level expert commands of the grammar that complete a line and carry a help text. */
    private static Set<String> completedWithHelp() {
        Set<String> names = new TreeSet<>();
        for (GrammarNode node : Grammar.ftd().root(Mode.EXPERT).children()) {
            if (node.isKeyword() && node.isComplete() && node.help() != null && !node.help().isBlank()) {
                names.add(node.keyword());
            }
        }
        return names;
    }

    private static LabServices expertServices() throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        FtdSession session = new FtdSession(new DeviceState(lab, new LabClock(lab.clock().start(), true)));
        session.enterExpert();
        return new LabServices(session);
    }
}
