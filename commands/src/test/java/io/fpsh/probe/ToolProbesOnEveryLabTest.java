package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curl and nslookup probes on every shipped lab, both ways: the device's own text parsed, and the lab's model
 * answer, which must be equal. Labs run with the resolver's waits shortened (1 s, 1 attempt) so a dead DNS server
 * costs seconds; the guide's fix (a working DNS server) is checked too, and both tool dialects.
 */
class ToolProbesOnEveryLabTest {
    private static final Duration DEADLINE = Duration.ofSeconds(40);
    private static final List<List<String>> CURLS = List.of(
            List.of("https://api-sse.cisco.com"),
            List.of("https://api-sse.cisco.com/providers/sse/api/v1/regions"),
            List.of("https://eventing-ingest.sse.itd.cisco.com"));
    private static final List<List<String>> LOOKUPS = List.of(
            List.of("api-sse.cisco.com"),
            List.of("eventing-ingest.sse.itd.cisco.com", "192.0.2.11"),
            List.of("api-sse.cisco.com", "192.0.2.10"),
            List.of("nosuch.sse.itd.cisco.com"));

    @TempDir
    Path dir;

    static List<String> shippedLabs() {
        return LabDevices.shipped().stream().map(LabDevices.ShippedLab::name).toList();
    }

    @ParameterizedTest
    @MethodSource("shippedLabs")
    void modelEqualsTextOnEveryShippedLab(String lab) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(FastLab.write(dir, lab).toString()));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            assertModelEqualsText(lab, ftd, driver);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.44.0/9.11.4", "7.88.1/9.18.49"})
    void modelEqualsTextAfterTheGuidesFixInBothDialects(String versions) throws Exception {
        String[] curlAndBind = versions.split("/");
        Path file = FastLab.write(dir, "ftd01-dns");
        Files.writeString(file, Files.readString(file).replace("curlVersion: 7.44.0", "curlVersion: " + curlAndBind[0])
                .replace("bindVersion: 9.11.4", "bindVersion: " + curlAndBind[1]));
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(file.toString()));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            assertModelEqualsText("ftd01-dns " + versions + " planted", ftd, driver);
            driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE);
            assertModelEqualsText("ftd01-dns " + versions + " fixed", ftd, driver);
        }
    }

    private static void assertModelEqualsText(String lab, SimulatedFtd ftd, DeviceDriver driver) {
        for (List<String> args : CURLS) {
            compare(lab, new CurlProbe(), args, ftd, driver);
        }
        for (List<String> args : LOOKUPS) {
            compare(lab, new NslookupProbe(), args, ftd, driver);
        }
    }

    private static void compare(String lab, Probe<?> probe, List<String> args, SimulatedFtd ftd, DeviceDriver driver) {
        ProbeResult text = ProbeRunner.run(probe, args, driver, DEADLINE);
        String what = lab + ": " + probe.name() + " " + args;
        assertEquals(ProbeStatus.OK, text.status(), () -> what + ": " + text.error() + "\n" + text.evidence().output());
        Optional<Record> model = ftd.model().answer(probe.name(), args);
        assertTrue(model.isPresent(), what + ": no model answer");
        assertEquals(text.record(), model.get(), () -> what + "\n" + text.evidence().output());
    }
}
