package io.fpsh.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code fpsh lab capture}'s command line: the target, whether to anonymize, the output file (null: stdout), the
 * site's DNS servers to ask too, each probe's deadline, and the login as {@code fpsh probe} takes it.
 */
record CaptureRequest(String targetSpec, boolean anonymize, Path output, List<String> siteDns, Duration deadline,
                      String passwordEnv, SshConnect ssh) {

    /** {@code --target}'s value as a target spec: a lab file or name without {@code lab:} is a lab. */
    static String targetSpec(String target) {
        if (target.startsWith("ssh://") || target.startsWith("lab:") || target.equals("local")) {
            return target;
        }
        return "lab:" + target;
    }
}
