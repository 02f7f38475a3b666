package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.SharedLab;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code --fleet N}: N devices, chosen by the login name ({@code admin%ftd0042}), of the labs given in turn (with
 * {@code --lab A --lab B}, ftd0001 is of A, ftd0002 of B, ftd0003 of A...). Each is one device that all its sessions
 * share, as a real box is; it is made on its first login (idle devices cost nothing) and kept while the server runs.
 * The devices of one lab share its clock and network.
 */
final class FleetDevices implements DeviceSource {
    private final List<SharedLab> labs;
    private final FleetNames names;
    private final Map<Integer, CommonDevice> devices = new ConcurrentHashMap<>();

    FleetDevices(LabFile lab, int size) {
        this(List.of(lab), size);
    }

    FleetDevices(List<LabFile> labs, int size) {
        this.labs = labs.stream().map(SharedLab::new).toList();
        this.names = new FleetNames(size);
    }

    /** The lab of device {@code number} (from 1): the labs in turn. */
    static int labIndex(int number, int labs) {
        return (number - 1) % labs;
    }

    @Override
    public Device open(String login) throws TargetException {
        int number = names.number(FleetLogin.parse(login).device());
        return devices.computeIfAbsent(number, n -> {
            SharedLab lab = labs.get(labIndex(n, labs.size()));
            return new CommonDevice(lab.device(FleetNames.hostname(n), FleetNames.management(n),
                    FleetNames.hardware(n, lab.uuid())));
        }).view();
    }

    /** How many devices have had a login (figures and tests). */
    int started() {
        return devices.size();
    }

    @Override
    public void close() {
        devices.values().forEach(CommonDevice::close);
        labs.forEach(SharedLab::close);
    }
}
