package io.fpsh.sim;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;

import java.util.List;

/** Opens simulated FTDs from shipped labs (by name) or lab files (by path); each call gets its own copy. */
public final class LabDevices {
    private LabDevices() {}

    /** A shipped lab: its name and one-line description. */
    public record ShippedLab(String name, String description) {}

    public static Device open(String nameOrFile) throws TargetException {
        throw new TargetException("lab " + nameOrFile + ": the simulator is not wired yet");
    }

    public static List<ShippedLab> shipped() {
        return List.of(new ShippedLab("ftd01-dns", "FTD 6.5 whose DNS server never answers (the guide's walk-through)"));
    }
}
