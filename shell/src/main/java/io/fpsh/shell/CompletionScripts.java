package io.fpsh.shell;

import picocli.AutoComplete;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The bash and zsh completion scripts for {@code fpsh}, generated from the picocli model. The committed copies in
 * {@code completions/} are regenerated with
 * {@code java -cp shell/target/fpsh.jar io.fpsh.shell.CompletionScripts completions}; a test fails when they are stale.
 */
public final class CompletionScripts {

    /** The shells a script is generated for, and the file each goes to. */
    public enum Shell {
        bash("fpsh.bash"), zsh("fpsh.zsh");

        private final String fileName;

        Shell(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private CompletionScripts() {}

    public static String script(Shell shell) {
        String bash = AutoComplete.bash("fpsh", new CommandLine(new FpshCommand(null)));
        if (shell == Shell.bash) {
            return bash;
        }
        // zsh runs bash completion scripts through bashcompinit.
        // Sourced from ~/.zshrc (not put on fpath as a #compdef file: it registers a bash-style completion function).
        return "# zsh completion for fpsh: the bash script, loaded through bashcompinit.\n"
                + "# Use: source /path/to/fpsh.zsh (in ~/.zshrc), or: source <(fpsh completion zsh)\n"
                + "autoload -U +X bashcompinit && bashcompinit\n" + bash;
    }

    /** Writes both scripts into the directory given (default {@code completions}). */
    public static void main(String[] args) throws IOException {
        Path directory = Paths.get(args.length > 0 ? args[0] : "completions");
        Files.createDirectories(directory);
        for (Shell shell : Shell.values()) {
            Path file = directory.resolve(shell.fileName());
            Files.writeString(file, script(shell), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }
}
