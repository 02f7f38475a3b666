package io.fpsh.sim.expert;

import io.fpsh.ftd.DiskUsage;

/** The box's mounted file systems: what df lists in the expert shell and {@code show disk} lists at {@code >}. */
public final class MountedFileSystems {
    private MountedFileSystems() {}

    public static DiskUsage all() {
        return new DiskUsage(SystemInfo.DISKS.stream()
                .map(d -> new DiskUsage.Partition(d.device(), d.sizeKb(), d.usedKb(), d.mountedOn())).toList());
    }
}
