package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeJson;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.ProbeTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code :probe [--json] NAME [ARGS]}: one probe on the session's device, through its text as a playbook runs it
 * (on a lab too: the line goes through the device's CLI, so the device's own {@code history} lists it, as a real
 * box's would; fpsh's line history keeps only the {@code :probe} line typed). The session is left in the mode it
 * was in. The passwords the moves ask for are the lab's own, else asked through the front end once per session.
 */
final class ProbeShellCommand {
    private ProbeShellCommand() {}

    static void run(String argument, Session session, DeviceIo io) {
        List<String> words = new ArrayList<>(Arrays.asList(argument.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        boolean json = !words.isEmpty() && words.get(0).equals("--json");
        if (json) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            io.out().print(ProbeList.text());
            return;
        }
        List<String> arguments = List.copyOf(words.subList(1, words.size()));
        Probe<?> probe;
        try {
            probe = ProbeLaunch.find(words.get(0), arguments, ":probe");
        } catch (FpshException e) {
            io.err().println("fpsh: " + e.getMessage());
            return;
        }
        ProbeResult result = runAndReturn(probe, arguments, session.device(), session.credentials(io));
        if (json) {
            io.out().println(ProbeJson.write(result));
        } else if (result.ok()) {
            io.out().print(ProbeTable.render(result));
        }
        if (!result.ok()) {
            io.err().println("fpsh: " + ProbeTable.errorLine(result));
        }
    }

    /** Runs the probe, then moves the device back to the mode the user was in. */
    private static ProbeResult runAndReturn(Probe<?> probe, List<String> arguments, Device device,
                                            Credentials credentials) {
        Mode before = device.mode();
        try (DeviceDriver driver = new DeviceDriver(device, credentials)) {
            ProbeResult result = ProbeRunner.run(probe, arguments, driver, ProbeRunner.DEFAULT_DEADLINE);
            if (device.isOpen() && device.mode() != before) {
                driver.run(before, "", ProbeRunner.DEFAULT_DEADLINE); // an empty line: only the moves back
            }
            return result;
        }
    }
}
