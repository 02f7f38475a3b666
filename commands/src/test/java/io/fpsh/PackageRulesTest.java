package io.fpsh;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Which package may know which, read from the compiled classes' constant pools (every class a class names, in code
 * or signatures, is there as {@code io/fpsh/...}): the device interface knows no kind of target, and the
 * simulator's model knows nothing of how a lab is run.
 */
class PackageRulesTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void deviceNamesNoTargetKind() throws IOException {
        assertEquals(List.of(), uses("io/fpsh/device", false,
                List.of("io/fpsh/sim/", "io/fpsh/ssh/", "io/fpsh/local/", "io/fpsh/tools/", "io/fpsh/lab/", "io/fpsh/target/")));
    }

    @Test
    void theSimulatorsModelNamesNothingOfTheRunningLab() throws IOException {
        List<String> found = new ArrayList<>();
        for (String model : List.of("io/fpsh/sim", "io/fpsh/sim/clish", "io/fpsh/sim/lina", "io/fpsh/sim/expert",
                "io/fpsh/sim/connector", "io/fpsh/sim/tools")) {
            found.addAll(uses(model, false, List.of("io/fpsh/sim/run/")));
        }
        assertEquals(List.of(), found);
    }

    /**
     * Groovy loads only when a playbook runs: only the DSL (the one door to Groovy) and the compiled playbooks name a
     * Groovy class; the engine, the reports and everything else are plain Java.
     */
    @Test
    void onlyTheDslAndThePlaybooksNameGroovy() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> groovy = List.of("groovy/lang/", "groovy/transform/", "org/codehaus/groovy/", "org/apache/groovy/");
        try (Stream<Path> packages = Files.walk(CLASSES.resolve("io/fpsh"))) {
            for (Path dir : packages.filter(Files::isDirectory).sorted().toList()) {
                String pkg = CLASSES.relativize(dir).toString().replace('\\', '/');
                if (!pkg.equals("io/fpsh/playbook/dsl") && !pkg.equals("io/fpsh/playbooks")) {
                    found.addAll(uses(pkg, false, groovy));
                }
            }
        }
        assertEquals(List.of(), found);
        assertFalse(uses("io/fpsh/playbook/dsl", false, groovy).isEmpty(), "the rule sees the DSL's use of Groovy");
    }

    @Test
    void theRuleSeesAUse() throws IOException {
        assertFalse(uses("io/fpsh/sim/run", false, List.of("io/fpsh/sim/DeviceState")).isEmpty());
    }

    /**
     * Not a package rule but read the same way: string concatenation is compiled to StringBuilder calls (the pom's
     * {@code -XDstringConcat=inline}), since each invokedynamic concatenation spins method-handle classes in a cold
     * process that the class-data archive does not keep.
     */
    @Test
    void noClassConcatenatesThroughInvokedynamic() throws IOException {
        assertEquals(List.of(), uses("io/fpsh", true, List.of("java/lang/invoke/StringConcatFactory")));
    }

    /** Class files directly in {@code pkg} (subpackages too when {@code deep}) naming a class under a forbidden prefix. */
    private static List<String> uses(String pkg, boolean deep, List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path dir = CLASSES.resolve(pkg);
        try (Stream<Path> files = deep ? Files.walk(dir) : Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String prefix : forbidden) {
                    if (pool.contains(prefix)) {
                        found.add(CLASSES.relativize(file) + " names " + prefix);
                    }
                }
            }
        }
        return found;
    }
}
