package io.fpsh.playbook.dsl;

import io.fpsh.playbook.CompiledPlaybook;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookClassCache;
import io.fpsh.playbook.PlaybookFiles;
import io.fpsh.playbook.PlaybookLoadException;
import io.fpsh.playbook.ShippedPlaybooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one door to Groovy: loads a shipped playbook's compiled class by name, or a user's file compiled with the same
 * settings the build uses for the shipped ones (base class {@link PlaybookScript}, type-checked, loops that stop
 * when the step's thread is interrupted; see {@link PlaybookCompiler}), once, then from {@link PlaybookClassCache}.
 * Nothing else in fpsh touches a Groovy class, so paths that run no playbook load none of it.
 */
public final class PlaybookLoader {
    private PlaybookLoader() {}

    /** The shipped playbook {@code name}'s plan. */
    public static Plan shipped(String name) {
        String className = ShippedPlaybooks.className(name)
                .orElseThrow(() -> new PlaybookLoadException("unknown playbook '" + name + "' (fpsh run lists them)"));
        try {
            Class<?> type = Class.forName(className, true, PlaybookLoader.class.getClassLoader());
            return ((PlaybookScript) type.getDeclaredConstructor().newInstance()).plan();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new PlaybookLoadException("playbook '" + name + "' is not in this build (" + className + ")");
        }
    }

    /** How long a user's file may take to declare its plan (its top level runs at load, before any device). */
    static final Duration DECLARATIONS_BUDGET = Duration.ofSeconds(10);

    /**
     * Compiles (or takes from the cache, see {@link PlaybookClassCache}) and loads a user's playbook file; a file
     * that cannot load is a one-line {@link PlaybookLoadException} naming the file and, where there is one, the line.
     */
    public static Plan file(Path file) {
        return file(file, PlaybookClassCache.standard(), DECLARATIONS_BUDGET);
    }

    static Plan file(Path file, PlaybookClassCache cache, Duration declarationsBudget) {
        PlaybookFiles.checkAllowed(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new PlaybookLoadException(file + ": cannot read (" + e.getMessage() + ")");
        }
        String fileName = String.valueOf(file.getFileName());
        String build = BuildStamp.current();
        CompiledPlaybook compiled = cache.get(build, fileName, bytes).orElse(null);
        if (compiled == null) {
            compiled = PlaybookCompiler.compile(fileName, new String(bytes, StandardCharsets.UTF_8), file.toString());
            cache.put(build, fileName, bytes, compiled);
        }
        return PlanChecks.check(PlanDeclarations.run(instantiate(compiled, file), file, fileName, declarationsBudget), file);
    }

    /** The script, its classes defined in a loader of their own, so they can be collected once the run is over. */
    private static PlaybookScript instantiate(CompiledPlaybook compiled, Path file) {
        try {
            Object script = new PlaybookClasses(PlaybookLoader.class.getClassLoader(), compiled.classes())
                    .loadClass(compiled.scriptClass()).getDeclaredConstructor().newInstance();
            if (!(script instanceof PlaybookScript playbook)) {
                throw new PlaybookLoadException(file + ": not a playbook script (its base class is not fpsh's)");
            }
            return playbook;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PlaybookLoadException(file + ": cannot load (" + e.getClass().getSimpleName() + ")");
        }
    }
}
