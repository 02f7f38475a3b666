package io.fpsh.probe;

import io.fpsh.world.SseDevices;
import io.fpsh.world.WorldPages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code :sse devices} on a lab: the SSE portal's region, its linked Smart Account and the devices registered. */
public final class SseDevicesProbe extends LabPageProbe<SseDevices> {
    @Override public String name() { return "sse-devices"; }

    @Override public String summary() { return "lab only: the SSE portal's devices, its region and the Smart Account linked"; }

    @Override public Class<SseDevices> recordType() { return SseDevices.class; }

    @Override String standIn() { return ":sse"; }

    @Override String page() { return "devices"; }

    @Override
    public SseDevices parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        String region = SsePages.region(this, output, "Devices");
        List<String> lines = output.lines();
        Map<String, Integer> labels = labels(lines);
        String account = value(output, labels, WorldPages.SMART_ACCOUNT, "smartAccount");
        List<SseDevices.Device> devices = new ArrayList<>();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("NAME ")).findFirst().orElse(null));
        if (header < 0 && !lines.contains(WorldPages.NO_DEVICES)) {
            throw ProbeParseException.atEnd(name(), lines, "neither a device table nor '" + WorldPages.NO_DEVICES + "'");
        }
        for (int i = header + 1; header >= 0 && i < lines.size(); i++) {
            String[] columns = lines.get(i).strip().split("\\s+");
            if (columns.length != 4) {
                throw ProbeParseException.at(name(), i + 1, lines.get(i), "not NAME UUID VERSION STATUS");
            }
            output.from("devices", i);
            devices.add(new SseDevices.Device(columns[0], columns[1], columns[2], columns[3]));
        }
        return new SseDevices(region, account.equals(WorldPages.NONE_LINKED) ? null : account, devices);
    }
}
