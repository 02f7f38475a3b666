package io.fpsh.drive;

import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every transition of {@link ModeGraph} taken on the simulator of every shipped lab, with that lab's own accounts
 * answering sudo: the driver reaches the transition's start, the transition lands where the graph says, and the
 * driver finds the way back.
 */
class ModeGraphWalkTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TestFactory
    Stream<DynamicTest> everyTransitionOnEveryShippedLab() {
        return LabDevices.shipped().stream().map(lab -> DynamicTest.dynamicTest(lab.name(), () -> walk(lab.name())));
    }

    private static void walk(String lab) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            assertTrue(ModeGraph.transitions().size() >= 12, "the graph as the FTD has it");
            for (ModeGraph.Transition transition : ModeGraph.transitions()) {
                if (!ftd.supportedModes().containsAll(java.util.List.of(transition.from(), transition.to()))) {
                    continue; // FXOS, on an appliance only: a virtual FTD refuses connect fxos (below)
                }
                String named = lab + ": " + transition.from() + " --" + transition.input().replace("\u0001", "^A")
                        + "--> " + transition.to();
                CommandResult there = driver.moveTo(transition.from(), DEADLINE);
                assertEquals(CommandResult.Outcome.COMPLETED, there.outcome(), () -> named + ": " + there.error());
                assertEquals(transition.from(), ftd.mode(), named);

                CommandResult taken = driver.run(transition.from(), transition.input(), DEADLINE);
                assertEquals(CommandResult.Outcome.COMPLETED, taken.outcome(), () -> named + ": " + taken.error());
                assertEquals(transition.to(), ftd.mode(), () -> named + ", said: " + taken.output());
                assertEquals(ModeGraph.prompt(transition.to()).pattern().matcher(ftd.prompt()).find(), true,
                        () -> named + ": the prompt " + ftd.prompt());

                CommandResult back = driver.moveTo(transition.from(), DEADLINE);
                assertEquals(CommandResult.Outcome.COMPLETED, back.outcome(), () -> named + " and back: " + back.error());
                assertEquals(transition.from(), ftd.mode(), named + " and back");
            }
        }
    }

    /** The FXOS transitions are walked on the appliance lab; a virtual FTD's clish refuses connect fxos and stays. */
    @org.junit.jupiter.api.Test
    void fxosIsAnAppliancesOnly() throws Exception {
        assertTrue(LabDevices.read("fpr2110-healthy").device().hasFxos());
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-healthy"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            assertTrue(ftd.supportedModes().stream().noneMatch(Mode::isFxos));
            CommandResult refused = driver.run(Mode.CLISH, "connect fxos", DEADLINE);
            assertEquals(1, refused.exitStatus());
            assertEquals("Syntax error: Illegal command line\n", refused.stderr());
            assertEquals(Mode.CLISH, ftd.mode());
        }
    }

    @org.junit.jupiter.api.Test
    void theWayBackFromRootOpenedInsideRootIsEveryExit() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            assertEquals(CommandResult.Outcome.COMPLETED, driver.moveTo(Mode.ROOT, DEADLINE).outcome());
            assertEquals(0, driver.run(Mode.ROOT, "sudo su -", DEADLINE).exitStatus());
            assertEquals(0, driver.run(Mode.ROOT, "sudo su", DEADLINE).exitStatus());
            CommandResult clish = driver.run(Mode.CLISH, "show version", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, clish.outcome(), clish::error);
            assertEquals(Mode.CLISH, ftd.mode());
            assertTrue(clish.output().contains("Model"), clish.output());
        }
    }
}
