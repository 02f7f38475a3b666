package io.fpsh.playbook.dsl;

import groovy.lang.GroovyClassLoader;
import groovy.transform.ThreadInterrupt;
import groovy.transform.TypeChecked;
import io.fpsh.playbook.CompiledPlaybook;
import io.fpsh.playbook.PlaybookLoadException;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SimpleMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles a user's playbook file to bytecode with the shipped playbooks' settings (base class {@link PlaybookScript},
 * type-checked, interrupt checks in every loop, method and closure), plus two for code fpsh did not write: {@link ExitLint}
 * and {@link InterruptibleSleep}. A file that does not compile is one line: {@code FILE:LINE:COLUMN: what}, never a stack trace.
 */
final class PlaybookCompiler {
    /** A qualified class name in a compiler message, shortened to its simple name: the user wrote that one. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    private PlaybookCompiler() {}

    /** Compiles {@code source} (the file {@code fileName}, shown in errors as {@code shownAs}). */
    static CompiledPlaybook compile(String fileName, String source, String shownAs) {
        GroovyClassLoader loader = new GroovyClassLoader(PlaybookCompiler.class.getClassLoader(), configuration());
        CompilationUnit unit = new CompilationUnit(configuration(), null, loader);
        unit.addSource(fileName, source);
        try {
            unit.compile(Phases.CLASS_GENERATION);
        } catch (MultipleCompilationErrorsException e) {
            throw new PlaybookLoadException(firstError(shownAs, e.getErrorCollector().getErrors()));
        } catch (CompilationFailedException e) {
            throw new PlaybookLoadException(shownAs + ": " + plain(e.getMessage()));
        }
        String script = unit.getAST().getClasses().stream().filter(ClassNode::isScript).map(ClassNode::getName)
                .findFirst().orElseThrow(() -> new PlaybookLoadException(shownAs
                        + ": not a playbook: it declares classes only (a playbook says playbook 'NAME', 'SUMMARY' and its steps at its top level)"));
        return new CompiledPlaybook(script, unit.getClasses().stream()
                .map(type -> new CompiledPlaybook.ClassBytes(type.getName(), type.getBytes())).toList());
    }

    /** The settings of the build's compilation of shipped playbooks (see commands/src/main/groovy-config), and more. */
    static CompilerConfiguration configuration() {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(PlaybookScript.class.getName());
        config.addCompilationCustomizers(new ASTTransformationCustomizer(TypeChecked.class),
                new ASTTransformationCustomizer(ThreadInterrupt.class),
                new ExitLint(), new InterruptibleSleep());
        return config;
    }

    private static String firstError(String shownAs, List<? extends Message> errors) {
        String more = errors.size() > 1 ? " (+" + (errors.size() - 1) + " more errors)" : "";
        Message first = errors.isEmpty() ? null : errors.get(0);
        if (first instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            return shownAs + ":" + cause.getLine() + ":" + cause.getStartColumn() + ": " + plain(cause.getOriginalMessage()) + more;
        }
        if (first instanceof SimpleMessage simple) {
            return shownAs + ": " + plain(simple.getMessage()) + more;
        }
        if (first instanceof ExceptionMessage exception) {
            return shownAs + ": cannot compile (" + plain(exception.getCause().getMessage()) + ")" + more;
        }
        return shownAs + ": does not compile" + more;
    }

    /** The compiler's message as a user reads it: its first line, without the checker's prefix or package names. */
    private static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "does not compile";
        }
        String line = message.strip().lines().findFirst().orElse("").replace("[Static type checking] - ", "");
        return QUALIFIED.matcher(line).replaceAll("$1");
    }
}
