package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.IcmpAnswers;

import java.io.PrintStream;

/**
 * What LINA's ping and traceroute share: the device, the lab network's ICMP rules they are answered by, and the
 * address they aim at (an IPv4 literal, or a name the device's DNS servers resolve).
 * [UNVERIFIED] LINA's words for a name it cannot resolve; an ASA's "% Invalid Hostname" is used.
 */
abstract class LinaProbe {
    static final String INVALID_HOSTNAME = "ERROR: % Invalid Hostname";

    final DeviceState state;
    final IcmpAnswers icmp;

    LinaProbe(DeviceState state) {
        this.state = state;
        this.icmp = new IcmpAnswers(state);
    }

    /** The address, or null after printing LINA's error (or after Ctrl-C ended the lookup). */
    String address(String host, PrintStream err) {
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
