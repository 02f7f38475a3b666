package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;

/**
 * The address LINA's ping and traceroute aim at: an IPv4 literal, or a name the device's DNS servers resolve.
 * [UNVERIFIED] LINA's words for a name it cannot resolve; an ASA's "% Invalid Hostname" is used.
 */
final class LinaTarget {
    static final String INVALID_HOSTNAME = "ERROR: % Invalid Hostname";

    private LinaTarget() {}

    /** The address, or null after printing LINA's error (or after Ctrl-C ended the lookup). */
    static String address(DeviceState state, String host, java.io.PrintStream err) {
        DeviceLookup.Resolved target = new DeviceLookup(state).resolveUnlessInterrupted(host);
        if (target == null) {
            return null;
        }
        if (!target.found()) {
            err.println(INVALID_HOSTNAME);
            return null;
        }
        return target.address();
    }
}
