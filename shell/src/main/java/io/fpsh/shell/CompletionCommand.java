package io.fpsh.shell;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code fpsh completion [bash|zsh]}: prints the completion script, e.g. {@code source <(fpsh completion)}. */
@Command(name = "completion", description = "Print the bash or zsh completion script for fpsh.",
        mixinStandardHelpOptions = true)
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash", description = "bash (default) or zsh")
    CompletionScripts.Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CompletionScripts.script(shell));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
