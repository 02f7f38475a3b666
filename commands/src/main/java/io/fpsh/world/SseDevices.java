package io.fpsh.world;

import java.util.List;

/**
 * The SSE portal's Devices page: the tenant's {@code region}, the Smart Account linked to it (null: none, and then
 * no device shows), and each device registered under it.
 */
public record SseDevices(String region, String smartAccount, List<Device> devices) {
    public SseDevices {
        devices = List.copyOf(devices);
    }

    /**
     * A device as the portal lists it: its name, its UUID, its version, and {@code status} {@code Registered}
     * (connected now) or {@code Disconnected} (registered before, its connector not connected now).
     */
    public record Device(String name, String uuid, String version, String status) {}

    public boolean linked() {
        return smartAccount != null;
    }
}
