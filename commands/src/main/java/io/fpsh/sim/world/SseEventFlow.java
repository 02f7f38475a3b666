package io.fpsh.sim.world;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.world.SseEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What reaches the SSE portal, in lab time: the device's events arrive only while all of these hold (issue 12 §3):
 * the FMC's deployed settings send events (integration and Cisco Cloud Event Configuration on, a type selected), the
 * portal has the Smart Account linked, its virtual account holds the licences (the guide's "Licences", step 3) and
 * its Eventing is on, the connector has registered with this tenant (a region's SSE turns away another region's
 * device) and its websocket is up. A stretch of time where they hold gets an event at its start and then one every
 * {@link #PERIOD}, the types of the FMC's selection in turn.
 */
public final class SseEventFlow {
    /** How often a device of the lab sends an event. */
    public static final Duration PERIOD = io.fpsh.world.WorldPages.EVENT_PERIOD;
    /** The portal's list shows this many, the newest. */
    static final int SHOWN = 20;
    private static final String CONNECTOR = FmcDeployment.CONNECTOR;

    private final DeviceState state;
    private final List<Instant> registrations;
    private final List<Instant> websockets;
    private final List<Instant> connectorChanges;

    public SseEventFlow(DeviceState state, ConnectorActivity connector) {
        this.state = state;
        this.registrations = connector.registrations();
        this.websockets = connector.websocketConnections();
        List<Instant> changes = new ArrayList<>();
        state.restartsOf(CONNECTOR).forEach(r -> changes.add(r.at()));
        state.switchesOf(CONNECTOR).forEach(s -> changes.add(s.at()));
        this.connectorChanges = changes;
    }

    /** Whether the device is registered with the portal's tenant at {@code at}. */
    public boolean registeredAt(Instant at) {
        return lastingAt(registrations, at);
    }

    /** Whether the device ever registered with the portal's tenant, up to now. */
    public boolean everRegistered() {
        return !registrations.isEmpty();
    }

    /** Whether the device's events reach the portal at {@code at}. */
    public boolean flowsAt(Instant at) {
        LabWorld world = state.world();
        LabWorld.Portal portal = world.portalAt(at);
        return world.deployedAt(at).sendsEvents() && portal.linkedAccount() != null && portal.eventing()
                && world.smartAccount().holdsLicences() && registeredAt(at) && lastingAt(websockets, at);
    }

    /** Whether the device's events reach the portal now. */
    public boolean flowsNow() {
        return flowsAt(state.clock().now());
    }

    /** The newest events the portal shows, oldest first. */
    public SseEvents events() {
        Instant now = state.clock().now();
        TreeSet<Instant> bounds = new TreeSet<>();
        registrations.forEach(bounds::add);
        websockets.forEach(bounds::add);
        connectorChanges.forEach(bounds::add);
        state.world().deploymentTimes().forEach(bounds::add);
        state.world().portalChanges().forEach(bounds::add);
        List<Instant> ordered = bounds.headSet(now, true).stream().toList();
        List<SseEvents.Event> events = new ArrayList<>();
        String device = state.hostname();
        for (int i = 0; i < ordered.size(); i++) {
            Instant start = ordered.get(i);
            if (!flowsAt(start)) {
                continue;
            }
            Instant end = i + 1 < ordered.size() ? ordered.get(i + 1) : now.plusNanos(1);
            List<String> types = state.world().deployedAt(start).eventTypes();
            int k = 0;
            for (Instant at = start; at.isBefore(end); at = at.plus(PERIOD), k++) {
                events.add(new SseEvents.Event(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), device,
                        types.get(k % types.size())));
            }
        }
        return new SseEvents(events.subList(Math.max(0, events.size() - SHOWN), events.size()));
    }

    /** Whether one of {@code ups} at or before {@code at} still lasts: the connector neither restarted nor stopped since. */
    private boolean lastingAt(List<Instant> ups, Instant at) {
        if (!state.runningAt(CONNECTOR, at)) {
            return false;
        }
        Instant last = null;
        for (Instant up : ups) {
            if (!up.isAfter(at)) {
                last = up;
            }
        }
        if (last == null) {
            return false;
        }
        Instant since = last;
        return connectorChanges.stream().noneMatch(change -> change.isAfter(since) && !change.isAfter(at));
    }
}
