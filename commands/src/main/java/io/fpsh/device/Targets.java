package io.fpsh.device;

import io.fpsh.sim.LabDevices;

/** Opens a target named the one way fpsh names targets everywhere: {@code lab:NAME|FILE}. */
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
            throw new TargetException("target '" + spec + "' is not available yet: only lab:NAME|FILE and local targets are");
        }
        return LabDevices.open(spec);
    }
}
