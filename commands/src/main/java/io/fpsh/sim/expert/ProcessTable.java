package io.fpsh.sim.expert;

import java.util.List;

/** The simulated device's processes, read afresh by every ps/pmtool/netstat/lsof. */
public interface ProcessTable {

    /** All processes, in pid order. */
    List<SimProcess> all();

    /** The daemons pmtool manages, in the order {@code pmtool status} lists them. */
    List<PmtoolDaemon> daemons();

    /** Restarts daemon {@code name} ({@code pmtool restartbyid}); false when there is none of that name to restart. */
    default boolean restart(String name) {
        return false;
    }
}
