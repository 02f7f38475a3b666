package io.fpsh.sim.lina;

import io.fpsh.sim.DeviceState;

/**
 * A short LINA {@code show running-config}: the header an FTD prints ({@code NGFW Version}) and the settings the
 * lab models: its data interfaces (nameif, security-level, address) and their default route, in an ASA's syntax.
 * DNS and policies of the data plane are FMC's and not in the lab: left out, not invented.
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
                "!") + "\n" + dataInterfaces(state) + ": end\n";
    }

    private static String dataInterfaces(DeviceState state) {
        StringBuilder out = new StringBuilder();
        String route = "";
        for (io.fpsh.lab.LabFile.DataInterface data : state.lab().dataInterfaces()) {
            out.append("interface ").append(data.name()).append('\n')
                    .append(" nameif ").append(data.nameif()).append('\n')
                    .append(" security-level ").append(data.securityLevel() == null ? 0 : data.securityLevel()).append('\n')
                    .append(" ip address ").append(data.address()).append(' ').append(data.netmask()).append('\n')
                    .append("!\n");
            if (data.gateway() != null) {
                route = "route " + data.nameif() + " 0.0.0.0 0.0.0.0 " + data.gateway() + " 1\n";
            }
        }
        return out + route;
    }
}
