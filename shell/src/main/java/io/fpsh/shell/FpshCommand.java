package io.fpsh.shell;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The picocli model of {@code fpsh}; used for help, subcommands and the completion scripts. */
@Command(name = "fpsh",
        mixinStandardHelpOptions = true,
        versionProvider = FpshVersion.class,
        description = "The Firepower shell: the Cisco FTD CLI against a simulated device.",
        footer = {"", "Without -c, fpsh reads lines from a terminal (an interactive shell) or from stdin (a transcript)."},
        subcommands = {LabCommand.class, ConnectCommand.class, ProbeCommand.class, RunCommand.class, ServeCommand.class,
                ReportCommand.class, CompletionCommand.class, ClassroomCommand.class})
public final class FpshCommand implements Callable<Integer> {

    @Option(names = "--lab", paramLabel = "NAME|FILE", completionCandidates = ShippedLabNames.class,
            description = "Open a shipped lab (fpsh lab list) or a lab file.")
    String lab;

    @Option(names = "--target", paramLabel = "TARGET", completionCandidates = TargetCandidates.class,
            description = {"Open a target (default: lab:ftd01-dns), one of:",
                    "  lab:NAME|FILE  a shipped lab or a lab file (as --lab)",
                    "  local  this machine: curl, nslookup, dig +short on the real network",
                    "  ssh://[USER@]HOST[:PORT]  a real FTD over SSH; HOST may be a Host of ~/.ssh/config, "
                            + "and USER defaults to its User, else the local user (as fpsh connect)"})
    String target;

    @Option(names = "--seed", paramLabel = "N",
            description = "Draw the lab's variables from seed N (0 to 9223372036854775807): the same seed, the same lab;"
                    + " without it each variable takes its default.")
    String seed;

    @Option(names = "-c", paramLabel = "COMMANDS",
            description = "Run the ';'-separated commands and print only their output, like bash -c.")
    String commands;

    @Option(names = "--record", paramLabel = "FILE",
            description = "Record what the screen shows as an asciicast v2 file (asciinema play FILE).")
    String recordFile;

    @Option(names = "--read-only", description = "On an ssh:// target, never send a command that changes the device.")
    boolean readOnly;

    @Option(names = "--allow-changes",
            description = "On an ssh:// target, send commands that change the device without asking (needed with -c).")
    boolean allowChanges;

    private final Launcher launcher;

    /** @param launcher what runs the shell; null when the model is only described (completion scripts) */
    FpshCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    Launcher launcher() {
        return launcher;
    }

    @Override
    public Integer call() throws FpshException {
        return launcher.launch(new LaunchOptions(LaunchOptions.targetSpec(lab, target, seed), commands, recordFile,
                LaunchOptions.Changes.of(readOnly, allowChanges)));
    }
}
