package io.fpsh.probe;

import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * For every shipped lab as planted and, where its fix is typed on the device (scripts/labs/FIXES), after the fix:
 * every registered probe's model answer, with each of its sample arguments ({@link ModelContract#samples}), equals
 * the answer its parser reads from the lab's text, and asking the model leaves the session alone. One device per lab
 * and phase serves all its probes, then the side-effect check; the labs run side by side ({@link ContractRuns}). The
 * same contract over SSH: io.fpsh.shell.serve.ModelContractOverServeTest.
 */
class ModelContractTest {
    /** Longer than any probe needs on a lab: the probes that wait on a dead server give up on the lab's own timeouts. */
    private static final Duration DEADLINE = ProbeRunner.DEFAULT_DEADLINE;

    @TempDir
    static Path labs;
    @TempDir
    Path dir;
    private static ContractRuns<LabRun> runs;

    /** What one lab and phase showed: the probes whose answers differ, and what asking the model did to the session. */
    private record LabRun(List<String> failures, List<String> sideEffects) {}

    @BeforeAll
    static void runEveryLab() {
        runs = new ContractRuns<>(ContractLabs.cases(), lab -> {
            try (Lab device = new Lab(labs, lab)) {
                List<String> failures = new ArrayList<>();
                for (ModelContract.Sample sample : ModelContract.samples(device.file)) {
                    ModelContract.Comparison comparison = ModelContract.compare(sample, device.driver, device.ftd.model(), DEADLINE);
                    if (!comparison.same()) {
                        // no probe may go unchecked: a missing model answer or sample is a failure, not a skip
                        failures.add(comparison.asked() + ": " + comparison.verdict() + ": " + comparison.detail());
                    }
                }
                return new LabRun(failures, ModelContract.sideEffectsOfAsking(device.driver, device.ftd.model(), device.file, DEADLINE));
            }
        });
    }

    @AfterAll
    static void stop() {
        if (runs != null) {
            runs.close();
        }
    }

    static Stream<ContractLabs.Case> cases() {
        return ContractLabs.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theModelsAnswerIsTheParsedTextForEveryProbe(ContractLabs.Case lab) throws Exception {
        List<String> failures = runs.result(lab).failures();
        assertEquals(List.of(), failures, lab + ": " + String.join("\n\n", failures));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void askingTheModelLeavesTheSessionAlone(ContractLabs.Case lab) throws Exception {
        assertEquals(List.of(), runs.result(lab).sideEffects(), lab.toString());
    }

    static Stream<String> fixedLabs() {
        return ContractLabs.cases().stream().filter(ContractLabs.Case::fixed).map(ContractLabs.Case::lab);
    }

    /** A fix that changed nothing a probe sees would make the fixed phase a copy of the planted one. */
    @ParameterizedTest
    @MethodSource("fixedLabs")
    void theFixChangesWhatSomeProbeSees(String lab) throws Exception {
        try (Lab planted = new Lab(dir.resolve("planted"), new ContractLabs.Case(lab, false));
             Lab fixed = new Lab(dir.resolve("fixed"), new ContractLabs.Case(lab, true))) {
            List<String> changed = ModelContract.samples(planted.file).stream()
                    .filter(sample -> !planted.ftd.model().answer(sample.probe().name(), sample.arguments()).map(ModelContract::comparable)
                            .equals(fixed.ftd.model().answer(sample.probe().name(), sample.arguments()).map(ModelContract::comparable)))
                    .map(sample -> sample.probe().name())
                    .toList();
            assertFalse(changed.isEmpty(), lab + ": no probe sees the fix");
        }
    }

    /** The contract would pass vacuously on a table nobody reads: every listed lab exists and every fix applies. */
    @Test
    void everyFixNamesAShippedLab() {
        List<String> shipped = LabDevices.shipped().stream().map(LabDevices.ShippedLab::name).toList();
        assertFalse(LabFixes.all().isEmpty());
        for (LabFixes.Fix fix : LabFixes.all()) {
            assertTrue(shipped.contains(fix.lab()), () -> "FIXES names no shipped lab: " + fix.lab());
        }
    }

    /** A lab's device in a phase: the lab's own accounts answer sudo, as for a person at the lab (pmtool needs root). */
    private static final class Lab implements AutoCloseable {
        final LabFile file;
        final SimulatedFtd ftd;
        final DeviceDriver driver;

        Lab(Path dir, ContractLabs.Case lab) throws Exception {
            Path own = Files.createDirectories(dir.resolve(lab.toString().replace(' ', '-')));
            file = LabDevices.read(ContractLabs.file(own, lab.lab()).toString());
            ftd = new SimulatedFtd(file);
            driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd));
            if (lab.fixed()) {
                for (LabFixes.Fix fix : LabFixes.of(lab.lab())) {
                    CommandResult applied = ModelContract.apply(fix, driver, DEADLINE);
                    if (!applied.completed() || applied.exitStatus() != 0) {
                        close();
                        fail(lab + ": the fix '" + fix.line() + "' did not apply: " + applied.outcome() + " "
                                + applied.exitStatus() + "\n" + applied.output());
                    }
                }
            }
        }

        @Override
        public void close() {
            driver.close();
            ftd.close();
        }
    }
}
