package io.fpsh.sim;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.sim.expert.SimProcess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The device's processes now: init, sshd, the process manager and the lab's daemons that run. ps and top in the
 * expert shell and the clish's {@code show cpu} and {@code show memory} all read this one list, so they agree.
 */
public final class DeviceProcesses {
    private DeviceProcesses() {}

    public static List<SimProcess> of(DeviceState state) {
        return of(state, new DeviceTables(state, new ConnectorActivity(state, Reachability.of(state))));
    }

    static List<SimProcess> of(DeviceState state, DeviceTables tables) {
        List<SimProcess> list = new ArrayList<>();
        list.add(new SimProcess(1, 0, "root", "init", "init [3]", "Ss", "?", "Apr07", 12, 0.0, 0.0, 4_376, 1_540));
        list.add(SimProcess.daemon(2101, "root", "sshd", "/usr/sbin/sshd"));
        list.add(SimProcess.daemon(2204, "root", "pm", DevicePaths.of(state.lab().device(), "/ngfw/usr/local/sf/bin/pm") + " -d"));
        for (LabFile.Process process : tables.labProcesses()) {
            list.add(SimProcess.daemon(process.pid(), process.user(), process.command(),
                    Objects.requireNonNullElse(process.path(), process.command())));
        }
        list.sort(Comparator.comparingInt(SimProcess::pid));
        return list;
    }
}
