package io.fpsh.shell;

import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.fleet.FleetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code fpsh run}: the picocli model. No hand-read fast path as {@code probe} has: loading the playbook (Groovy)
 * costs far more than picocli's parse, so the one parser keeps help, completion and errors in one place.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a playbook on a device: each step's verdict as it completes, then the findings with "
                + "their fix commands. Without PLAYBOOK, list the shipped playbooks."},
        footer = {"", "Nothing is asked unless --fix runs on a terminal: an ssh:// target logs in with keys, the "
                + "agent or --password-env, and an unknown host key is refused.",
                "Exit status: 0 nothing worse than WARN, 1 findings (FAIL), 2 a usage error or a playbook that "
                        + "cannot load, 3 the device could not be judged (ERROR, TIMEOUT, UNREACHABLE) and nothing failed."})
public final class RunCommand implements Callable<Integer> {

    @ParentCommand
    FpshCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAYBOOK|FILE.groovy",
            completionCandidates = PlaybookNames.class,
            description = "A shipped playbook (fpsh run lists them) or a playbook file.")
    String playbook;

    @Option(names = "--target", paramLabel = "TARGET", completionCandidates = TargetCandidates.class,
            description = "lab:NAME|FILE, local or ssh://[USER@]HOST[:PORT] (default: lab:ftd01-dns).")
    String target;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the run as a JSON document.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the run as one self-contained HTML file.")
    Path html;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the run as JUnit XML, for CI servers.")
    Path junit;

    @Option(names = "--fix", description = "Apply the findings' fixes, asking before each command, then run again.")
    boolean fix;

    @Option(names = "--yes", description = "With --fix: apply each fix without asking (needed without a terminal).")
    boolean yes;

    @Option(names = "--allow-changes", description = "With --fix on an ssh:// target: the device may be changed.")
    boolean allowChanges;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Each probe's own time-out (default: 30).")
    String timeout;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "What you know of the site, e.g. site-dns=192.0.2.11 or site-proxy=http://proxy:3128 "
                    + "(may be repeated).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--inventory", paramLabel = "FILE.yaml",
            description = "Run on every host of an inventory (hosts, groups, defaults; credentials by reference only).")
    Path inventory;

    @Option(names = "--parallel", paramLabel = "N", description = "With --inventory: devices run at once (default: 8).")
    Integer parallel;

    @Option(names = "--limit", paramLabel = "GROUP|HOST[,...]", description = "With --inventory: only these hosts or groups.")
    String limit;

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "With --inventory: the most the whole run may take (default: a day).")
    String deadline;

    @Option(names = "--rerun", paramLabel = "OLD.json",
            description = "Run again only the devices and steps an earlier run (its --json report) did not pass.")
    Path rerun;

    @Mixin
    UnattendedLogin login = new UnattendedLogin();

    @Override
    public Integer call() throws FpshException {
        if (yes && !fix) {
            throw FpshException.usage("--yes goes with --fix");
        }
        RunOptions.FixMode mode = !fix ? RunOptions.FixMode.NONE : yes ? RunOptions.FixMode.YES : RunOptions.FixMode.ASK;
        Duration perCommand = timeout == null ? TargetSession.DEFAULT_COMMAND_TIMEOUT : Seconds.parse("--timeout", timeout);
        if (inventory == null && (parallel != null || limit != null || deadline != null)) {
            throw FpshException.usage("--parallel, --limit and --deadline go with --inventory");
        }
        if (inventory != null && target != null) {
            throw FpshException.usage("--target and --inventory: one or the other");
        }
        RunRequest.Fleet fleet = inventory == null ? null : new RunRequest.Fleet(inventory, limit,
                parallel == null ? FleetOptions.DEFAULT_PARALLEL : parallel,
                deadline == null ? null : Seconds.parse("--deadline", deadline));
        return parent.launcher().run(new RunRequest(playbook, LaunchOptions.targetSpec(null, target),
                new RunRequest.Reports(json, html, junit), mode, allowChanges, perCommand, params, login.passwordEnv(),
                login.connect(), fleet, rerun));
    }
}
