package io.fpsh.sim.world;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.world.FmcCloudServices;
import io.fpsh.world.SseCloudServices;
import io.fpsh.world.SseDevices;
import io.fpsh.world.SseEvents;

import java.util.List;

/** The world's pages as records, computed from the device's state: what the stand-ins print and the probes read. */
public final class WorldViews {
    private WorldViews() {}

    public static FmcCloudServices fmc(DeviceState state) {
        LabWorld world = state.world();
        LabWorld.Settings saved = world.saved();
        return new FmcCloudServices(saved.integration(), saved.region(), saved.events(), saved.eventTypes(), world.pending());
    }

    /**
     * The portal's devices: with the Smart Account linked and its virtual account holding the licences, the lab's
     * device once it has registered with this tenant, {@code Registered} while registered and its websocket up,
     * {@code Disconnected} after. [UNVERIFIED: the portal's status words]
     */
    public static SseDevices sseDevices(DeviceState state) {
        LabWorld world = state.world();
        String linked = world.portal().linkedAccount();
        if (linked == null || !world.smartAccount().holdsLicences()) {
            return new SseDevices(world.sseRegion(), linked, List.of());
        }
        ConnectorActivity connector = connector(state);
        SseEventFlow flow = new SseEventFlow(state, connector);
        if (!flow.everRegistered()) {
            return new SseDevices(world.sseRegion(), linked, List.of());
        }
        boolean connected = flow.registeredAt(state.clock().now()) && connector.websocket()
                .filter(w -> w.tcpState().equals("ESTABLISHED")).isPresent();
        return new SseDevices(world.sseRegion(), linked, List.of(new SseDevices.Device(state.hostname(),
                state.hardware().uuid(), state.lab().device().version(), connected ? "Registered" : "Disconnected")));
    }

    public static SseEvents sseEvents(DeviceState state) {
        return new SseEventFlow(state, connector(state)).events();
    }

    public static SseCloudServices sseCloudServices(DeviceState state) {
        LabWorld.Portal portal = state.world().portal();
        return new SseCloudServices(portal.eventing(), portal.xdrThreatResponse());
    }

    private static ConnectorActivity connector(DeviceState state) {
        return new ConnectorActivity(state, new Reachability(state.lab()));
    }
}
