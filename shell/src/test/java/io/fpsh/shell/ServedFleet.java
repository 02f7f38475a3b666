package io.fpsh.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code fpsh serve --fleet N --lab A --lab B ... --write-inventory FILE} in a JVM of its own, for the fleet
 * tests: its first line (what it serves) once it listens, and the inventory it wrote (password in
 * {@code $FPSH_FLEET_PASSWORD}).
 */
final class ServedFleet implements AutoCloseable {
    private final Process serve;
    private final Path inventory;
    private final String started;

    private ServedFleet(Process serve, Path inventory, String started) {
        this.serve = serve;
        this.inventory = inventory;
        this.started = started;
    }

    /** Serves {@code size} devices, the {@code labs} given in turn; the inventory is {@code folder/fleet.yaml}. */
    static ServedFleet start(Path folder, int size, List<String> labs) throws Exception {
        Path inventory = folder.resolve("fleet.yaml");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--fleet", String.valueOf(size)));
        labs.forEach(lab -> command.addAll(List.of("--lab", lab)));
        command.addAll(List.of("--write-inventory", inventory.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(folder.resolve("serve.err").toFile());
        builder.environment().put("FPSH_HOME", folder.resolve("home").toString());
        Process serve = builder.start();
        String started = CompletableFuture.supplyAsync(() -> firstLine(serve.getInputStream()))
                .get(60, TimeUnit.SECONDS);
        return new ServedFleet(serve, inventory, started);
    }

    /** {@code ftd01-blocked-eu} renamed {@code ftd01-hung}, whose {@code show network} never returns. */
    static Path hungLab(Path folder) throws IOException {
        String text;
        try (InputStream in = ServedFleet.class.getResourceAsStream("/io/fpsh/labs/ftd01-blocked-eu.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = folder.resolve("ftd01-hung.yaml");
        Files.writeString(file, text.replaceFirst("(?m)^name: .*$", "name: ftd01-hung") + "hangs: [show network]\n");
        return file;
    }

    /** serve's first line: {@code fpsh serve: lab:... on 127.0.0.1 port N, a fleet of ...}. */
    String started() {
        return started;
    }

    Path inventory() {
        return inventory;
    }

    private static String firstLine(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "(serve ended)" : line;
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        serve.destroy();
    }
}
