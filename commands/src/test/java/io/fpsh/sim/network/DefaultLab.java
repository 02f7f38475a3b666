package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.LabDevices;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;

/** The shipped default lab, ftd01-dns, read once per JVM. */
final class DefaultLab {
    private static LabFile lab;

    private DefaultLab() {}

    static synchronized LabFile lab() {
        if (lab == null) {
            try {
                lab = LabDevices.read("ftd01-dns");
            } catch (Exception e) {
                throw new AssertionError("the default lab does not load: " + e.getMessage(), e);
            }
        }
        return lab;
    }

    /** The lab clock's start, 2020-04-08T01:20:00Z: inside the served leaf's validity (2019-12-03..2021-12-03). */
    static Instant start() {
        return lab().clock().start();
    }

    /** A lab address; parsing a literal never resolves anything. */
    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(literal, e);
        }
    }
}
