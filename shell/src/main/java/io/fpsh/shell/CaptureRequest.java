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

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    /**
     * {@code --site-dns}'s values, each an IPv4 address: it is typed into the device's shell (nslookup) and written as
     * a lab's DNS server, so nothing else may pass.
     */
    static List<String> siteDns(List<String> values) throws FpshException {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (!IPV4.matcher(value).matches()) {
                throw FpshException.usage("lab capture: --site-dns takes an IPv4 address (got '" + Printable.of(value)
                        + "')");
            }
        }
        return List.copyOf(values);
    }

    /**
     * {@code --target}'s value as a target spec: a lab file or name without {@code lab:} is a lab. {@code local} is
     * refused: this machine is no FTD, and reading it would send the capture's curl and nslookup to the real SSE hosts.
     */
    static String targetSpec(String target) throws FpshException {
        if (target.equals("local")) {
            throw FpshException.usage("lab capture: local is not a device: capture an FTD (ssh://...) or a lab");
        }
        if (target.startsWith("ssh://") || target.startsWith("lab:")) {
            return target;
        }
        return "lab:" + target;
    }
}
