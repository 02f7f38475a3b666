package io.fpsh.sim.network;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a lab server really let go of its port. */
final class PortChecks {
    private PortChecks() {}

    /**
     * Binds a listener on {@code endpoint}: it fails while a lab server still listens there. A few retries over
     * two seconds absorb sockets the kernel is still tearing down, not a server that is still up.
     */
    static void assertFreed(InetSocketAddress endpoint) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            try (ServerSocket again = new ServerSocket()) {
                again.setReuseAddress(true);
                again.bind(endpoint);
                return;
            } catch (BindException stillTaken) {
                if (System.nanoTime() > deadline) {
                    throw stillTaken;
                }
                Thread.sleep(50);
            }
        }
    }
}
