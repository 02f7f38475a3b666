package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.CredentialsException;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeJson;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.ProbeStatus;
import io.fpsh.probe.ProbeTable;
import io.fpsh.probe.ProbeUsageException;
import io.fpsh.probe.Probes;
import io.fpsh.ssh.PasswordPrompt;
import io.fpsh.ssh.UnknownHostKeys;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code fpsh probe}: opens the target, runs one probe through its text (as on a real box) and prints the table,
 * or with {@code --json} only the JSON document. Asks nothing: an SSH target gets keys, the agent and
 * {@code --password-env}, and an unknown host key is refused. Exit status 0 when the state was read, 2 for a usage
 * error, 3 when it could not be read (the one line on stderr says why).
 */
final class ProbeLaunch {
    /** The state could not be read: timeout, unreachable, parse error, not available on the target. */
    static final int NOT_READ = 3;

    private ProbeLaunch() {}

    static int run(ProbeRequest request, DeviceOpener opener, PrintStream out, PrintStream err) throws FpshException {
        if (request.probe() == null) {
            out.print(ProbeList.text());
            return 0;
        }
        Probe<?> probe = find(request.probe(), request.arguments(), "fpsh probe");
        Credentials environment = environmentPassword(request.passwordEnv());
        ProbeResult result = runOnTarget(probe, request, opener, environment);
        if (request.json()) {
            out.println(ProbeJson.write(result));
        } else if (result.ok()) {
            out.print(ProbeTable.render(result));
        }
        if (!result.ok()) {
            err.println("fpsh: " + ProbeTable.errorLine(result));
        }
        return result.ok() ? 0 : NOT_READ;
    }

    /** The probe named {@code name}, its arguments checked: a usage error (status 2) otherwise. */
    static Probe<?> find(String name, List<String> arguments, String lister) throws FpshException {
        Probe<?> probe = Probes.named(name).orElseThrow(
                () -> FpshException.usage("unknown probe '" + Printable.of(name) + "' (" + lister + " lists them)"));
        try {
            probe.checkArguments(arguments);
        } catch (ProbeUsageException e) {
            throw FpshException.usage(e.getMessage());
        }
        return probe;
    }

    /**
     * {@code --password-env NAME}: the login user's password, as {@code sshpass -e} takes it, for the SSH login and
     * sudo (not LINA's enable); none without the option. An unset or empty variable is a usage error.
     */
    private static Credentials environmentPassword(String name) throws FpshException {
        if (name == null) {
            return Credentials.none();
        }
        try {
            return Credentials.fromEnvironment(name);
        } catch (CredentialsException e) {
            throw FpshException.usage(e.getMessage().replaceAll("\\p{Cntrl}", "?")); // the name as typed, on one line
        }
    }

    /** Runs {@code probe} on a device already open, through its text; never throws. */
    static ProbeResult run(Probe<?> probe, List<String> arguments, Device device, Credentials credentials,
                           Duration deadline) {
        try (DeviceDriver driver = new DeviceDriver(device, credentials)) {
            return ProbeRunner.run(probe, arguments, driver, deadline);
        }
    }

    private static ProbeResult runOnTarget(Probe<?> probe, ProbeRequest request, DeviceOpener opener,
                                           Credentials environment) throws FpshException {
        String spec = request.targetSpec();
        Device device;
        try {
            device = open(spec, request, opener, environment);
        } catch (Unreachable e) {
            return new ProbeResult(probe.name(), request.arguments(), spec, ProbeStatus.UNREACHABLE, null,
                    e.getMessage(), null);
        }
        try (device) {
            // a lab answers its own accounts' questions; a real box only with --password-env
            Credentials credentials = Credentials.fromDevice(device).or(environment);
            return run(probe, request.arguments(), device, credentials, request.deadline());
        }
    }

    private static Device open(String spec, ProbeRequest request, DeviceOpener opener, Credentials environment)
            throws FpshException, Unreachable {
        if (spec.startsWith("ssh://")) {
            // connected now, keys and --password-env only; unguarded, since a probe's lines only read
            String address = spec.substring("ssh://".length()).replaceFirst("/$", "");
            try {
                // without --password-env no password login at all: keys and the agent only, nothing asked
                PasswordPrompt password = request.passwordEnv() == null ? null : login(environment);
                return request.ssh().open(address, UnknownHostKeys.REFUSE, password);
            } catch (FpshException e) {
                if (e.exitStatus() == FpshException.USAGE) {
                    throw e;
                }
                throw new Unreachable(e.getMessage());
            }
        }
        try {
            return opener.open(spec);
        } catch (TargetException e) {
            throw FpshException.usage(e.getMessage());
        }
    }

    /**
     * The SSH login's password from {@code environment} (SshConnector asks {@code USER@HOST's password: }); a key's
     * passphrase is not it.
     */
    private static PasswordPrompt login(Credentials environment) {
        return prompt -> {
            if (prompt.startsWith("Enter passphrase")) {
                return null;
            }
            int at = prompt.lastIndexOf('@');
            return environment.password(at > 0 ? prompt.substring(0, at) : "", prompt).map(String::toCharArray)
                    .orElse(null);
        };
    }

    /** The connection failed: a state not read, not a usage error. */
    private static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }
}
