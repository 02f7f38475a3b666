package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.SharedLab;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code --fleet N}: N devices of one lab, chosen by the login name ({@code admin%ftd0042}). Each is one device that
 * all its sessions share, as a real box is; it is made on its first login (idle devices cost nothing) and kept while
 * the server runs. The devices share the lab's clock and network.
 */
final class FleetDevices implements DeviceSource {
    private final SharedLab lab;
    private final FleetNames names;
    private final String labUuid;
    private final Map<Integer, CommonDevice> devices = new ConcurrentHashMap<>();

    FleetDevices(LabFile lab, int size) {
        this.lab = new SharedLab(lab);
        this.names = new FleetNames(size);
        this.labUuid = lab.device().uuid();
    }

    @Override
    public Device open(String login) throws TargetException {
        int number = names.number(FleetLogin.parse(login).device());
        return devices.computeIfAbsent(number, n -> new CommonDevice(lab.device(FleetNames.hostname(n),
                FleetNames.management(n), FleetNames.hardware(n, labUuid)))).view();
    }

    /** How many devices have had a login (figures and tests). */
    int started() {
        return devices.size();
    }

    @Override
    public void close() {
        devices.values().forEach(CommonDevice::close);
        lab.close();
    }
}
