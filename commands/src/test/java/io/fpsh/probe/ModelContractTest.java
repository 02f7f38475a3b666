package io.fpsh.probe;

import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * For every shipped lab as planted and, where its fix is typed on the device (scripts/labs/FIXES), after the fix:
 * every registered probe's model answer equals the answer its parser reads from the lab's text, and asking the model
 * leaves the session alone. One lab device per lab and phase serves all its probes. Probes without a model answer
 * are skipped with the reason, never passed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelContractTest {
    /** Longer than any probe needs on a lab: the probes that wait on a dead server give up on the lab's own timeouts. */
    private static final Duration DEADLINE = ProbeRunner.DEFAULT_DEADLINE;

    private final Map<String, DeviceDriver> drivers = new LinkedHashMap<>();

    static Stream<Arguments> labsAndPhases() {
        List<Arguments> cases = new ArrayList<>();
        for (LabDevices.ShippedLab lab : LabDevices.shipped()) {
            cases.add(Arguments.of(lab.name(), "planted"));
            if (!LabFixes.of(lab.name()).isEmpty()) {
                cases.add(Arguments.of(lab.name(), "fixed"));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> probesOnEachLab() {
        return labsAndPhases().flatMap(lab -> Probes.all().stream()
                .map(probe -> Arguments.of(lab.get()[0], lab.get()[1], probe.name())));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("probesOnEachLab")
    void theModelsAnswerIsTheParsedText(String lab, String phase, String probe) throws Exception {
        DeviceDriver driver = driver(lab, phase);
        ModelContract.Comparison comparison = ModelContract.compare(Probes.named(probe).orElseThrow(), driver,
                model(driver), DEADLINE);
        Assumptions.assumeFalse(comparison.verdict() == ModelContract.Verdict.NO_MODEL_ANSWER, comparison.detail());
        Assumptions.assumeFalse(comparison.verdict() == ModelContract.Verdict.NO_SAMPLE_ARGUMENTS, comparison.detail());
        assertTrue(comparison.same(), () -> lab + " " + phase + ": " + comparison.verdict() + ": " + comparison.detail());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("labsAndPhases")
    void askingTheModelLeavesTheSessionAlone(String lab, String phase) throws Exception {
        DeviceDriver driver = driver(lab, phase);
        assertEquals(List.of(), ModelContract.sideEffectsOfAsking(driver, model(driver), DEADLINE));
    }

    static Stream<String> fixedLabs() {
        return LabDevices.shipped().stream().map(LabDevices.ShippedLab::name).filter(lab -> !LabFixes.of(lab).isEmpty());
    }

    /** A fix that changed nothing a probe sees would make the fixed phase a copy of the planted one. */
    @ParameterizedTest
    @MethodSource("fixedLabs")
    void theFixChangesWhatSomeProbeSees(String lab) throws Exception {
        ModelAnswers planted = model(driver(lab, "planted"));
        ModelAnswers fixed = model(driver(lab, "fixed"));
        List<String> changed = Probes.all().stream().map(Probe::name)
                .filter(probe -> !planted.answer(probe, ModelContract.sampleArguments(probe, planted)).map(ModelContract::comparable)
                        .equals(fixed.answer(probe, ModelContract.sampleArguments(probe, fixed)).map(ModelContract::comparable)))
                .toList();
        assertFalse(changed.isEmpty(), lab + ": no probe sees the fix");
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

    private DeviceDriver driver(String lab, String phase) throws Exception {
        String key = lab + " " + phase;
        DeviceDriver known = drivers.get(key);
        if (known != null) {
            return known;
        }
        SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab));
        // the lab's own accounts answer sudo, as for a person at the lab: root's probes (pmtool...) need it
        DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd));
        drivers.put(key, driver);
        if (phase.equals("fixed")) {
            for (LabFixes.Fix fix : LabFixes.of(lab)) {
                CommandResult applied = ModelContract.apply(fix, driver, DEADLINE);
                if (!applied.completed() || applied.exitStatus() != 0) {
                    fail(lab + ": the fix '" + fix.line() + "' did not apply: " + applied.outcome() + " "
                            + applied.exitStatus() + "\n" + applied.output());
                }
            }
        }
        return driver;
    }

    private static ModelAnswers model(DeviceDriver driver) {
        return ((SimulatedFtd) driver.device()).model();
    }

    @AfterAll
    void closeTheLabs() {
        for (DeviceDriver driver : drivers.values()) {
            driver.device().close();
            driver.close();
        }
    }
}
