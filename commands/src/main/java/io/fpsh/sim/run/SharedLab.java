package io.fpsh.sim.run;

import io.fpsh.sim.LabClock;
import io.fpsh.sim.DeviceState;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.network.LabNetwork;

/**
 * One lab that many simulated devices live in ({@code fpsh serve --fleet}): one clock, and one network whose
 * servers start on first use, so a thousand devices do not start a thousand sets of DNS and HTTPS servers.
 * Each device keeps its own state; closing a device leaves the network up, closing the lab stops it.
 */
public final class SharedLab implements AutoCloseable {
    private final LabFile lab;
    private final LabClock clock;
    private LabNetwork network;
    private boolean closed;

    public SharedLab(LabFile lab) {
        this.lab = lab;
        this.clock = LabClock.fromEnvironment(lab.clock().start());
    }

    /**
     * A device of this lab with its own hostname, management address, UUID and MAC address; its expert side uses the
     * lab's network.
     */
    public SimulatedFtd device(String hostname, DeviceState.Ipv4 management, DeviceState.Hardware hardware) {
        return new SimulatedFtd(this, hostname, management, hardware);
    }

    LabFile lab() {
        return lab;
    }

    /** The lab's device UUID, whose node part each fleet device replaces with its own MAC address. */
    public String uuid() {
        return lab.device().uuid();
    }

    LabClock clock() {
        return clock;
    }

    /** The network, made for the first device that enters expert mode (its servers start when first reached). */
    synchronized LabNetwork network() {
        if (network == null) {
            network = new LabNetwork(lab, clock);
            if (closed) {
                network.close();
            }
        }
        return network;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (network != null) {
            network.close();
        }
    }
}
