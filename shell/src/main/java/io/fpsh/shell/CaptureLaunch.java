package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.capture.LabCapture;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code fpsh lab capture}: opens the target as {@code fpsh probe} does (nothing asked, an unknown host key refused),
 * reads it with the probes and writes the lab on stdout or {@code -o FILE}. Exit status as {@code fpsh probe}'s: 0
 * when every state was read, 2 for a usage error, 3 when the target could not be reached (nothing written) or some
 * state could not be read (one line each on stderr; the lab is still written, its header saying what is missing).
 */
final class CaptureLaunch {
    private CaptureLaunch() {}

    static int run(CaptureRequest request, DeviceOpener opener, PrintStream out, PrintStream err) throws FpshException {
        checkWritable(request.output());
        Credentials environment = UnattendedTarget.environmentPassword(request.passwordEnv());
        Device opened;
        try {
            opened = UnattendedTarget.open(request.targetSpec(), request.passwordEnv(), environment, request.ssh(), opener);
        } catch (UnattendedTarget.Unreachable e) {
            err.println("fpsh: lab capture: " + Printable.of(e.getMessage()));
            return ProbeLaunch.NOT_READ;
        }
        LabCapture.Outcome outcome;
        try (Device device = opened;
             DeviceDriver driver = new DeviceDriver(device, Credentials.fromDevice(device).or(environment))) {
            outcome = LabCapture.capture(driver, request.siteDns(), request.anonymize(), request.deadline());
        }
        outcome.notRead().forEach(line -> err.println("fpsh: lab capture: " + Printable.of(line)));
        if (request.output() == null) {
            out.print(outcome.text());
            out.flush();
        } else {
            try {
                Files.writeString(request.output(), outcome.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("fpsh: lab capture: cannot write " + Printable.of(request.output().toString()));
                return ProbeLaunch.NOT_READ;
            }
        }
        return outcome.notRead().isEmpty() ? 0 : ProbeLaunch.NOT_READ;
    }

    /** {@code -o FILE}'s folder must exist before a device is read for minutes: a usage error otherwise. */
    private static void checkWritable(Path output) throws FpshException {
        if (output == null) {
            return;
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || Files.isDirectory(output)) {
            throw FpshException.usage("lab capture: -o " + Printable.of(output.toString())
                    + ": not a file in an existing folder");
        }
    }
}
