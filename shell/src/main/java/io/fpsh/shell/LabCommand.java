package io.fpsh.shell;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fpsh lab list}: the shipped labs. */
@Command(name = "lab", description = "Lab commands.", mixinStandardHelpOptions = true)
public final class LabCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List the shipped labs: the name first on each line, then a description.")
    int list() {
        spec.commandLine().getOut().print(LabListing.text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
