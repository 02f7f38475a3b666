package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The curl and nslookup probes in both tool dialects: the shipped labs all run curl 7.44 and BIND 9.11, so the
 * contract of ModelContractTest (the model's answer equals the parsed text, with the same sample arguments) is held
 * here on ftd01-dns rewritten to each dialect, planted and after the guide's fix (a working DNS server).
 */
class ToolProbeDialectsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(40);
    private static final List<String> TOOLS = List.of("curl", "nslookup");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"7.44.0/9.11.4", "7.88.1/9.18.49"})
    void modelEqualsTextAfterTheGuidesFixInBothDialects(String versions) throws Exception {
        String[] curlAndBind = versions.split("/");
        Path file = FastLab.write(dir, "ftd01-dns");
        Files.writeString(file, Files.readString(file).replace("curlVersion: 7.44.0", "curlVersion: " + curlAndBind[0])
                .replace("bindVersion: 9.11.4", "bindVersion: " + curlAndBind[1]));
        LabFile lab = LabDevices.read(file.toString());
        try (SimulatedFtd ftd = new SimulatedFtd(lab);
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            assertModelEqualsText("ftd01-dns " + versions + " planted", lab, ftd, driver);
            driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE);
            assertModelEqualsText("ftd01-dns " + versions + " fixed", lab, ftd, driver);
        }
    }

    private static void assertModelEqualsText(String what, LabFile lab, SimulatedFtd ftd, DeviceDriver driver) {
        List<String> failures = new ArrayList<>();
        for (ModelContract.Sample sample : ModelContract.samples(lab)) {
            if (TOOLS.contains(sample.probe().name())) {
                ModelContract.Comparison comparison = ModelContract.compare(sample, driver, ftd.model(), DEADLINE);
                if (!comparison.same()) {
                    failures.add(comparison.asked() + ": " + comparison.verdict() + ": " + comparison.detail());
                }
            }
        }
        assertEquals(List.of(), failures, what + ": " + String.join("\n\n", failures));
    }
}
