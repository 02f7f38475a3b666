package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeJson;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.ProbeStatus;
import io.fpsh.probe.ProbeTable;
import io.fpsh.probe.ProbeUsageException;
import io.fpsh.probe.Probes;

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
        Credentials environment = UnattendedTarget.environmentPassword(request.passwordEnv());
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
            device = UnattendedTarget.open(spec, request.passwordEnv(), environment, request.ssh(), opener);
        } catch (UnattendedTarget.Unreachable e) {
            return new ProbeResult(probe.name(), request.arguments(), spec, ProbeStatus.UNREACHABLE, null,
                    e.getMessage(), null);
        }
        try (device) {
            // a lab answers its own accounts' questions; a real box only with --password-env
            Credentials credentials = Credentials.fromDevice(device).or(environment);
            return run(probe, request.arguments(), device, credentials, request.deadline());
        }
    }
}
