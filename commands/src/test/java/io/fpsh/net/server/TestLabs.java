package io.fpsh.net.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Shared fixtures: the guide's api-sse.cisco.com chain, and a helper to run real command-line tools. */
final class TestLabs {

    /** The lab clock of the guide's capture, used for Date headers. */
    static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");
    /**
     * Certificate validity is anchored on the wall clock: real curl and openssl check certificates against it and
     * cannot be told the lab time.
     */
    static final Instant WALL = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    static final DistinguishedName ROOT_DN = DistinguishedName.of("C", "BM", "O", "QuoVadis Limited", "CN", "QuoVadis Root CA 2 G3");
    static final DistinguishedName ICA_DN = DistinguishedName.parse("C=US, O=HydrantID (Avalanche Cloud Corporation), CN=HydrantID SSL ICA G2");
    static final DistinguishedName LEAF_DN = DistinguishedName.parse(
            "C=US, ST=California, L=San Jose, O=Cisco Systems, Inc., CN=api-sse.cisco.com");

    private TestLabs() {
    }

    static List<CertificateSpec> ciscoSpecs() {
        return List.of(
                CertificateSpec.leaf("api-sse", LEAF_DN, "hydrant-ica", List.of("api-sse.cisco.com", "localhost"),
                        WALL.minus(Duration.ofDays(100)), WALL.plus(Duration.ofDays(265))),
                CertificateSpec.intermediate("hydrant-ica", ICA_DN, "quovadis-root",
                        WALL.minus(Duration.ofDays(2000)), WALL.plus(Duration.ofDays(1000))),
                CertificateSpec.root("quovadis-root", ROOT_DN, WALL.minus(Duration.ofDays(4000)), WALL.plus(Duration.ofDays(4000))));
    }

    private static LabPki cisco;

    /** One PKI for all tests of the JVM: generation is the slow part. */
    static synchronized LabPki ciscoPki() {
        if (cisco == null) {
            cisco = LabPki.generate(ciscoSpecs());
        }
        return cisco;
    }

    record Run(int exit, String stdout, String stderr) {
    }

    /** Runs a local tool with a hard time limit; the tests only ever point tools at 127.0.0.1. */
    static Run run(Duration limit, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        InputStreamCollector out = new InputStreamCollector(process.getInputStream());
        InputStreamCollector err = new InputStreamCollector(process.getErrorStream());
        out.start();
        err.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit);
        }
        out.join();
        err.join();
        return new Run(process.exitValue(), out.text(), err.text());
    }

    static Path writeTemp(String prefix, String content) throws IOException {
        Path file = Files.createTempFile(prefix, ".pem");
        file.toFile().deleteOnExit();
        Files.writeString(file, content);
        return file;
    }

    private static final class InputStreamCollector extends Thread {
        private final InputStream in;
        private volatile byte[] bytes = new byte[0];

        InputStreamCollector(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                bytes = in.readAllBytes();
            } catch (IOException ignored) {
                // the process died; keep what we have
            }
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
