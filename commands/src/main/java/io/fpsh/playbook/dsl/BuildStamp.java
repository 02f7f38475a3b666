package io.fpsh.playbook.dsl;

import groovy.lang.GroovySystem;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build compiled a kept playbook: fpsh's version, Groovy's, and the size and time of the code the script was
 * type-checked against (the jar, or the DSL's class file in a development tree), so a rebuilt fpsh, even with the
 * same version number, compiles users' files again rather than load classes made against another DSL.
 */
final class BuildStamp {
    private static volatile String current;

    private BuildStamp() {}

    static String current() {
        String stamp = current;
        if (stamp == null) {
            stamp = PlaybookScript.class.getPackage().getImplementationVersion() + " groovy " + GroovySystem.getVersion()
                    + " " + codeIdentity();
            current = stamp;
        }
        return stamp;
    }

    private static String codeIdentity() {
        try {
            CodeSource source = PlaybookScript.class.getProtectionDomain().getCodeSource();
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(code)) {
                code = code.resolve(PlaybookScript.class.getName().replace('.', '/') + ".class");
            }
            return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (URISyntaxException | java.io.IOException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // no stamp: never reuse an entry
        }
    }
}
