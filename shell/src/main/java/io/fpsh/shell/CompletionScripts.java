package io.fpsh.shell;

import picocli.AutoComplete;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** What picocli writes for an option with completion candidates, here --lab's lab names. */
    private static final String LAB_NAMES = """
                  COMPREPLY=( $( compReplyArray "${NAMEFILE_option_args[@]}" ) )
                  return $?
            """;
    /** --lab takes a lab file too: names and files are offered. */
    private static final String LAB_NAMES_AND_FILES = """
                  COMPREPLY=( $( compReplyArray "${NAMEFILE_option_args[@]}" ) $( compgen -f -- "${curr_word}" ) ) # labs, files
                  type compopt &>/dev/null && compopt -o filenames
                  return 0
            """;
    /** Where fpsh's own options are completed: the first case on the previous word. */
    private static final String TOP_LEVEL_CASE = "  case ${prev_word} in\n    '--lab')\n";
    /**
     * bash splits {@code --target lab:NAME} at the colon (COMP_WORDBREAKS holds ':'), so picocli's script, which
     * looks at the previous word only, would see ':': the lab names are offered for the word after "lab :", and all
     * of them while the word is still the ':' (nothing typed after it).
     */
    private static final String LAB_AFTER_COLON = """
              # --target lab:NAME: bash splits the word at ':' (COMP_WORDBREAKS), so --target is three words back, or two
              # while nothing follows the ':' yet
              if [ "${COMP_CWORD}" -ge 3 ] && [ "${COMP_WORDS[COMP_CWORD-3]}" = '--target' ] \\
                  && [ "${COMP_WORDS[COMP_CWORD-2]}" = 'lab' ] && [ "${prev_word}" = ':' ]; then
                local IFS=$'\\n'
                COMPREPLY=( $( compReplyArray "${NAMEFILE_option_args[@]}" ) )
                return 0
              fi
              if [ "${COMP_CWORD}" -ge 2 ] && [ "${COMP_WORDS[COMP_CWORD-2]}" = '--target' ] \\
                  && [ "${prev_word}" = 'lab' ] && [ "${COMP_WORDS[COMP_CWORD]}" = ':' ]; then
                COMPREPLY=( "${NAMEFILE_option_args[@]}" )
                return 0
              fi

            """;

    /** The entry point, which looks for subcommands among the words first. */
    private static final String ENTRY = "function _complete_fpsh() {\n";
    /**
     * The "lab" of a split {@code --target lab:NAME} is no {@code lab} subcommand, wherever the cursor is: at the
     * ':', on the name, or on a later word.
     */
    private static final String NOT_A_SUBCOMMAND = """
              # --target lab:NAME is split at ':' into lab, ':' and NAME: that "lab" is not the lab subcommand
              local word
              for (( word=2; word<${#COMP_WORDS[@]}; word++ )); do
                if [ "${COMP_WORDS[word-2]}" = '--target' ] && [ "${COMP_WORDS[word-1]}" = 'lab' ] \\
                    && [ "${COMP_WORDS[word]}" = ':' ]; then _picocli_fpsh; return $?; fi
              done
            """;

    public static String script(Shell shell) {
        String bash = withLabCompletion(AutoComplete.bash("fpsh", new CommandLine(new FpshCommand(null))));
        if (shell == Shell.bash) {
            return bash;
        }
        // zsh runs bash completion scripts through bashcompinit.
        // Sourced from ~/.zshrc (not put on fpath as a #compdef file: it registers a bash-style completion function).
        return "# zsh completion for fpsh: the bash script, loaded through bashcompinit.\n"
                + "# Use: source /path/to/fpsh.zsh (in ~/.zshrc), or: source <(fpsh completion zsh)\n"
                + "autoload -U +X bashcompinit && bashcompinit\n" + bash;
    }

    /** picocli's script, with lab files for --lab and lab names after {@code --target lab:}. */
    static String withLabCompletion(String picocli) {
        if (!picocli.contains(LAB_NAMES) || !picocli.contains(TOP_LEVEL_CASE) || !picocli.contains(ENTRY)) {
            throw new IllegalStateException("picocli's completion script changed: see CompletionScripts.withLabCompletion");
        }
        return picocli.replace(LAB_NAMES, LAB_NAMES_AND_FILES)
                .replace(ENTRY, ENTRY + NOT_A_SUBCOMMAND)
                .replaceFirst(Pattern.quote(TOP_LEVEL_CASE), Matcher.quoteReplacement(LAB_AFTER_COLON + TOP_LEVEL_CASE));
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
