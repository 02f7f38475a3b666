package io.fpsh.sim.run;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.PathChanges;
import io.fpsh.teach.LabPath;

/** A lab device's path as its state holds it: the stand-ins change the state, every view of the network follows. */
record StatePath(LabFile lab, DeviceState state) implements LabPath {

    @Override
    public PathChanges changes() {
        return state.path();
    }

    @Override
    public boolean allow(PathChanges.Allow rule) {
        return state.changePath(path -> path.allow(rule));
    }

    @Override
    public boolean exempt(String host) {
        return state.changePath(path -> path.exempt(host));
    }
}
