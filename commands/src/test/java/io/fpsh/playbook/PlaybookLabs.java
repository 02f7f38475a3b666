package io.fpsh.playbook;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Runs a shipped playbook on a lab through its real loopback servers, as the playbook tests need it. */
final class PlaybookLabs {
    static final Duration BUDGET = Duration.ofMinutes(3);

    private PlaybookLabs() {}

    /** The shipped playbook {@code playbook} run once on lab {@code lab} (a shipped name or a lab file). */
    static DeviceRun run(String playbook, String lab, Map<String, String> site) throws Exception {
        Plan plan = PlaybookLoader.shipped(playbook);
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            return PlaybookRunner.run(plan, new TargetSession(driver, site, Duration.ofSeconds(30)), BUDGET, r -> {});
        }
    }

    /**
     * A lab with nothing wrong, until ftd01-healthy ships: ftd01-dns with its working DNS server configured (its own
     * walk-through's fix), written to {@code dir}.
     */
    static String healthy(Path dir) throws IOException {
        // the whole file, not the shipped lab's differences over its base: tests change lines the base holds
        String dns = io.fpsh.sim.FastLab.completeText("ftd01-dns");
        String fixed = dns.replace("name: ftd01-dns", "name: ftd01-healthy-test")
                .replace("servers: [192.0.2.10]", "servers: [192.0.2.11]");
        if (fixed.equals(dns) || !fixed.contains("servers: [192.0.2.11]")) {
            throw new IllegalStateException("ftd01-dns changed: the healthy variant no longer applies");
        }
        Path file = dir.resolve("ftd01-healthy-test.yaml");
        Files.writeString(file, fixed);
        return file.toString();
    }
}
