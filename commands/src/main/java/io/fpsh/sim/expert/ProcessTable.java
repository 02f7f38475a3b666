package io.fpsh.sim.expert;

import java.util.List;

/** The simulated device's processes, read afresh by every ps/pmtool/netstat/lsof. */
public interface ProcessTable {

    /** All processes, in pid order. */
    List<SimProcess> all();

    /** The daemons pmtool manages, in the order {@code pmtool status} lists them. */
    List<PmtoolDaemon> daemons();

    /** Restarts the daemon pmtool knows as {@code name} ({@code pmtool restartbyid}); false when it knows none. */
    default boolean restart(String name) {
        return false;
    }

    /** Stops the daemon {@code name} and keeps it down ({@code pmtool DisableById}); false when it knows none. */
    default boolean disable(String name) {
        return false;
    }

    /** Starts the disabled daemon {@code name} ({@code pmtool EnableById}); false when it knows none. */
    default boolean enable(String name) {
        return false;
    }
}
