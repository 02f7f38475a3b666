package io.fpsh.shell;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code fpsh lab list}: the shipped labs; {@code show} and {@code test}: a lab's lesson; {@code capture}: a device
 * read into a lab.
 */
@Command(name = "lab", description = "Lab commands.", mixinStandardHelpOptions = true)
public final class LabCommand {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FpshCommand parent;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the shipped labs: the name first on each line, then a description.")
    int list() {
        spec.commandLine().getOut().print(LabListing.text());
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a lab's lesson: its story, objectives, how many hints, and whether "
            + "its solution may be shown (never the solution).")
    int show(@Parameters(paramLabel = "NAME|FILE", completionCandidates = ShippedLabNames.class,
            description = "A shipped lab or a lab file.") String lab,
                    @Option(names = "--seed", paramLabel = "N", description = "The lab as drawn from seed N (its "
                            + "variables: another student's addresses); without it, their defaults.") String seed)
            throws FpshException {
        spec.commandLine().getOut().print(LessonShow.text(seed == null ? lab : LabSeeds.withSeed(lab, "--seed", seed)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "For authors: the lab loads, its check fails as planted, its solution typed "
            + "through the shell meets every objective, and :lab reset brings the failure back (a lab that plants "
            + "nothing passes as shipped).",
            footer = {"", "Exit status: 0 when every step passed, 1 when one broke (named on stderr), 2 when the lab "
                    + "cannot be loaded or has no teaching part."})
    int test(@Parameters(paramLabel = "NAME|FILE", completionCandidates = ShippedLabNames.class,
            description = "A shipped lab or a lab file.") String lab,
             @Option(names = "--seed", paramLabel = "N", description = "Test the lab as drawn from seed N.") String seed,
             @Option(names = "--seeds", paramLabel = "A..B", description = "Test the lab as drawn from each seed A to B "
                     + "(at most " + io.fpsh.lab.LabSeed.MAX_SEEDS + "), then say how many passed.") String seeds)
            throws FpshException {
        if (seed != null && seeds != null) {
            throw FpshException.usage("lab test: --seed and --seeds cannot be used together");
        }
        String which = seed != null ? seed : seeds;
        long[] drawn = which == null ? new long[0] : LabSeeds.range(seed != null ? "--seed" : "--seeds", which,
                seed != null);
        return new LessonRehearsal(spec.commandLine().getOut(), spec.commandLine().getErr()).run(lab, drawn);
    }

    @Command(name = "capture", mixinStandardHelpOptions = true,
            description = {"Read a device with the probes and write a lab that reproduces what they read: the device, "
                    + "its DNS servers and which answer, the region, what each SSE host does on 443, the connector's "
                    + "state. A TAC case becomes tomorrow's lab.",
                    "The lab is written over a shipped base chosen by the device's version and says only what differs;"
                            + " its header says where and when it was captured and what could not be seen."},
            footer = {"", "Nothing is asked: an ssh:// target logs in with keys, the agent or --password-env, and an "
                    + "unknown host key is refused. A proxy password is never captured (a placeholder stands in).",
                    "Exit status: 0 when every state was read, 2 for a usage error, 3 when the target could not be "
                            + "reached or some state could not be read (the lab is still written)."})
    int capture(@Option(names = "--target", required = true, paramLabel = "TARGET",
                        completionCandidates = TargetCandidates.class,
                        description = "ssh://[USER@]HOST[:PORT], lab:NAME or a lab file.") String target,
                @Option(names = "--anonymize", description = "Replace addresses, names, UUIDs and MACs with "
                        + "documentation ones, consistently (Cisco's SSE names are kept).") boolean anonymize,
                @Option(names = "-o", paramLabel = "FILE", description = "Write the lab to FILE instead of stdout.")
                Path output,
                @Option(names = "--site-dns", paramLabel = "ADDRESS", description = "A DNS server of the site besides "
                        + "the configured ones: asked too, and written as the lab's site-dns (where a fix points).")
                List<String> siteDns,
                @Option(names = "--deadline", paramLabel = "SECONDS",
                        description = "Give up on each probe after this long (default: 60).") String deadline,
                @Mixin UnattendedLogin login) throws FpshException {
        CaptureRequest request = new CaptureRequest(CaptureRequest.targetSpec(target), anonymize, output,
                CaptureRequest.siteDns(siteDns),
                deadline == null ? io.fpsh.probe.ProbeRunner.DEFAULT_DEADLINE : ProbeRequest.deadline(deadline),
                login.passwordEnv(), login.connect());
        return parent.launcher().capture(request);
    }
}
