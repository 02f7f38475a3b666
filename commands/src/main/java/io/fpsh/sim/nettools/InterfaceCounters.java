package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.StateViews;

import java.time.Duration;

/**
 * An interface's packet and byte counters since boot, grown from the lab time at the rates of a quiet managed box
 * (the management interface: SSH, the FMC tunnel's keepalives, DNS; the loopback: the daemons talking to each other),
 * so that two looks a while apart differ as on a real device. [fpsh] the rates are invented, believable figures.
 */
record InterfaceCounters(long rxPackets, long rxBytes, long rxDropped, long txPackets, long txBytes) {

    /** Packets a second and mean packet sizes, received and sent. */
    record Rates(double rxPerSecond, int rxSize, double txPerSecond, int txSize, double dropsPerHour) {}

    static final Rates MANAGEMENT = new Rates(6.3, 297, 4.1, 161, 2.5);
    static final Rates LOOPBACK = new Rates(2.7, 402, 2.7, 402, 0);

    static InterfaceCounters since(DeviceState state, Rates rates) {
        long seconds = Math.max(1, Duration.between(StateViews.bootTime(state), state.clock().now()).toSeconds());
        long rx = (long) (seconds * rates.rxPerSecond());
        long tx = (long) (seconds * rates.txPerSecond());
        long rxBytes = rx * rates.rxSize() + seconds % 977;
        boolean loopback = rates == LOOPBACK; // what lo sends, it receives
        return new InterfaceCounters(rx, rxBytes, (long) (seconds / 3600.0 * rates.dropsPerHour()),
                tx, loopback ? rxBytes : tx * rates.txSize() + seconds % 613);
    }
}
