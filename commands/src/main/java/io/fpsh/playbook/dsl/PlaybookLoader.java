package io.fpsh.playbook.dsl;

import groovy.lang.GroovyClassLoader;
import groovy.transform.ThreadInterrupt;
import groovy.transform.TypeChecked;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookLoadException;
import io.fpsh.playbook.ShippedPlaybooks;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one door to Groovy: loads a shipped playbook's compiled class by name, or compiles a user's file with the same
 * settings the build uses for the shipped ones (base class {@link PlaybookScript}, type-checked, loops that stop
 * when the step's thread is interrupted). Nothing else in fpsh touches a Groovy class, so paths that run no
 * playbook load none of it.
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

    /** Compiles and loads a user's playbook file. */
    public static Plan file(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new PlaybookLoadException(file + ": cannot read (" + e.getMessage() + ")");
        }
        try (GroovyClassLoader loader = new GroovyClassLoader(PlaybookLoader.class.getClassLoader(), configuration())) {
            Class<?> type = loader.parseClass(source, file.getFileName().toString());
            Object script = type.getDeclaredConstructor().newInstance();
            if (!(script instanceof PlaybookScript playbook)) {
                throw new PlaybookLoadException(file + ": not a playbook script");
            }
            return playbook.plan();
        } catch (MultipleCompilationErrorsException e) {
            throw new PlaybookLoadException(firstError(file, e));
        } catch (CompilationFailedException e) {
            throw new PlaybookLoadException(file + ": " + e.getMessage().lines().findFirst().orElse("does not compile"));
        } catch (IOException | ReflectiveOperationException e) {
            throw new PlaybookLoadException(file + ": cannot load (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The settings of the build's compilation of shipped playbooks (see commands/src/main/groovy-config). */
    static CompilerConfiguration configuration() {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(PlaybookScript.class.getName());
        config.addCompilationCustomizers(new ASTTransformationCustomizer(TypeChecked.class),
                new ASTTransformationCustomizer(ThreadInterrupt.class));
        return config;
    }

    private static String firstError(Path file, MultipleCompilationErrorsException e) {
        Message first = e.getErrorCollector().getErrors().isEmpty() ? null : e.getErrorCollector().getErrors().get(0);
        if (first instanceof SyntaxErrorMessage syntax) {
            var cause = syntax.getCause();
            String message = cause.getOriginalMessage().lines().findFirst().orElse("syntax error");
            return file + ":" + cause.getLine() + ":" + cause.getStartColumn() + ": " + message;
        }
        return file + ": " + e.getMessage().lines().skip(1).findFirst().orElse("does not compile").trim();
    }
}
