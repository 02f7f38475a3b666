package io.fpsh.target;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;

import io.fpsh.sim.run.LabDevices;

/**
 * Opens a target named the one way fpsh names targets everywhere: {@code lab:NAME|FILE}, {@code local}, or
 * {@code ssh://[user@]host[:port]}. An SSH target connects at its first command and asks the password through that
 * command's {@link DeviceIo}; a front end that wants to connect (and ask) up front uses
 * {@code io.fpsh.ssh.SshTargets.open(spec, passwordPrompt)} instead.
 */
public final class Targets {
    public static final String DEFAULT = "lab:ftd01-dns";

    private Targets() {}

    /** Opens {@code spec}; a bare name or path is taken as a lab, as {@code --lab} does. */
    public static Device open(String spec) throws TargetException {
        if (spec.startsWith("lab:")) {
            return LabDevices.open(spec.substring(4));
        }
        if (spec.equals("local")) {
            return new io.fpsh.local.LocalMachine();
        }
        if (spec.startsWith("ssh://")) {
            return io.fpsh.ssh.SshTargets.deferred(spec);
        }
        return LabDevices.open(spec);
    }
}
