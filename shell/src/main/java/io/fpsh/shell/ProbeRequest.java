package io.fpsh.shell;

import java.time.Duration;
import java.util.List;

/**
 * What {@code fpsh probe} was asked, once the command line is read (by hand or by picocli).
 *
 * @param probe       the probe's name; null to list the probes
 * @param passwordEnv the environment variable holding the login user's password (SSH login, sudo); null for none
 * @param ssh         how an {@code ssh://} target connects: the keys, known_hosts and config given
 */
record ProbeRequest(String probe, List<String> arguments, String targetSpec, boolean json, Duration deadline,
                    String passwordEnv, SshConnect ssh) {

    /** The probe's arguments, {@code --cacert FILE} first when given (the curl probe reads it there). */
    static List<String> withCaFile(String caFile, List<String> arguments) {
        if (caFile == null) {
            return List.copyOf(arguments);
        }
        List<String> all = new java.util.ArrayList<>(List.of(io.fpsh.probe.CurlProbe.CACERT, caFile));
        all.addAll(arguments);
        return List.copyOf(all);
    }

    /** {@code --deadline SECONDS}: a positive number, fractions allowed. */
    static Duration deadline(String seconds) throws FpshException {
        return Seconds.parse("--deadline", seconds);
    }
}
