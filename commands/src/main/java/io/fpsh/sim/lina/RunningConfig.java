package io.fpsh.sim.lina;

import io.fpsh.sim.DeviceState;

/**
 * A short LINA {@code show running-config}: the header an FTD prints ({@code NGFW Version}) and the settings the
 * lab models. Interfaces, DNS and policies of the data plane are FMC's and not in the lab: left out, not invented.
 */
public final class RunningConfig {
    private RunningConfig() {}

    public static String of(DeviceState state) {
        return String.join("\n",
                ": Saved",
                ":",
                "NGFW Version " + state.lab().device().version(),
                "!",
                "hostname firepower",
                "names",
                "!",
                ": end",
                "");
    }
}
