package io.fpsh.shell;

import io.fpsh.probe.ProbeRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fpsh probe}: the picocli model (help, ssh options); the usual command lines are read by {@link ProbeArgs}. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Read one state of a device as data: without NAME, list the probes.",
                "Prints a short table, or with --json only the JSON document (the record, its evidence, the status)."},
        footer = {"", "Nothing is asked: an ssh:// target logs in with keys, the agent or --password-env, and an unknown "
                + "host key is refused.",
                "Exit status: 0 when the state was read, 2 for a usage error, 3 when it could not be read (timeout, "
                        + "unreachable, parse error, not available on the target)."})
public final class ProbeCommand implements Callable<Integer> {

    @ParentCommand
    FpshCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", completionCandidates = ProbeNames.class,
            description = "The probe (fpsh probe lists them).")
    String probe;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "The probe's arguments (a URL, a name...).")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--lab", paramLabel = "NAME|FILE", completionCandidates = ShippedLabNames.class,
            description = "Probe a shipped lab or a lab file.")
    String lab;

    @Option(names = "--target", paramLabel = "TARGET", completionCandidates = TargetCandidates.class,
            description = "lab:NAME|FILE, local or ssh://[USER@]HOST[:PORT] (default: lab:ftd01-dns).")
    String target;

    @Option(names = "--cacert", paramLabel = "FILE", completionCandidates = CaFiles.class,
            description = "curl only: check the chain against this CA file on the device instead of -k "
                    + "(the guide's /ngfw/etc/ssl/connectorCA.pem).")
    String caFile;

    @Option(names = "--json", description = "Write only the JSON document on stdout.")
    boolean json;

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "Give up after this long, moves between modes included (default: 60).")
    String deadline;

    @Mixin
    UnattendedLogin login = new UnattendedLogin();

    @Override
    public Integer call() throws FpshException {
        Duration limit = deadline == null ? ProbeRunner.DEFAULT_DEADLINE : ProbeRequest.deadline(deadline);
        return parent.launcher().probe(new ProbeRequest(probe, ProbeRequest.withCaFile(caFile, arguments),
                LaunchOptions.targetSpec(lab, target), json, limit, login.passwordEnv(), login.connect()));
    }
}
