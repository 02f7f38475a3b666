package io.fpsh.drive;

import io.fpsh.device.Mode;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;

import java.time.Duration;

/**
 * Runs one line in one mode on a lab, sudo answered only from the environment variable named by the second argument,
 * as {@code --password-env NAME} will: {@code LAB NAME MODE LINE}. Prints the output, or the one-line error on stderr;
 * exits 0 when the line ran, 2 when the credentials cannot be had, 3 when the line could not run.
 */
public final class EnvironmentPasswordMain {
    private EnvironmentPasswordMain() {}

    public static void main(String[] args) throws Exception {
        Credentials fromEnvironment;
        try {
            fromEnvironment = Credentials.fromEnvironment(args[1]);
        } catch (CredentialsException e) {
            System.err.println("fpsh: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(args[0]));
             DeviceDriver driver = new DeviceDriver(ftd, fromEnvironment)) {
            CommandResult result = driver.run(Mode.valueOf(args[2]), args[3], Duration.ofSeconds(20));
            System.out.print(result.output());
            if (!result.completed()) {
                System.err.println("fpsh: " + result.error());
            }
            status = result.completed() ? 0 : 3;
        }
        System.out.flush();
        System.exit(status);
    }
}
