package io.fpsh.shell;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fpsh lab list}: the shipped labs; {@code show} and {@code test}: a lab's lesson. */
@Command(name = "lab", description = "Lab commands.", mixinStandardHelpOptions = true)
public final class LabCommand {

    @Spec
    CommandSpec spec;

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
}
