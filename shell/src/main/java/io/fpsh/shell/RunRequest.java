package io.fpsh.shell;

import io.fpsh.playbook.RunOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What {@code fpsh run} was asked, once the command line is read.
 *
 * @param playbook    a shipped playbook's name or a FILE.groovy; null to list the shipped playbooks
 * @param reports     the report files asked for; a null path is a report not asked for
 * @param fix         {@code --fix}, and {@code --yes} as {@link RunOptions.FixMode#YES}
 * @param timeout     each probe's own time-out ({@code --timeout S})
 * @param params      {@code --param NAME=VALUE}: what the engineer knows of the site
 * @param passwordEnv the environment variable holding the login user's password (SSH login, sudo); null for none
 * @param fleet       {@code --inventory FILE} and its options; null for one target
 * @param rerun       {@code --rerun OLD.json}: only what the old run did not pass; null for all
 */
record RunRequest(String playbook, String targetSpec, Reports reports, RunOptions.FixMode fix, boolean allowChanges,
                  Duration timeout, Map<String, String> params, String passwordEnv, SshConnect ssh, Fleet fleet,
                  Path rerun) {

    RunRequest {
        params = Map.copyOf(params);
    }

    /** {@code --inventory FILE [--parallel N] [--limit GROUP|HOST] [--deadline S]}. */
    record Fleet(Path inventory, String limit, int parallel, Duration runDeadline) {}

    /** {@code --json FILE}, {@code --html FILE}, {@code --junit FILE}. */
    record Reports(Path json, Path html, Path junit) {
        static final Reports NONE = new Reports(null, null, null);
    }
}
