package io.fpsh.world;

import java.util.List;

/**
 * The FMC's Cloud Services page (System > Integration > Cloud Services) as saved: the Cisco Cloud integration, its
 * region, Cisco Cloud Event Configuration and the events selected; {@code pending} the saved changes a deployment has
 * not yet sent to the device, one line each ({@code region EU -> US}), empty when none.
 */
public record FmcCloudServices(boolean integration, String region, boolean events, List<String> eventTypes,
                               List<String> pending) {
    public FmcCloudServices {
        eventTypes = List.copyOf(eventTypes);
        pending = List.copyOf(pending);
    }

    /** Whether the page would send the device's events to the cloud once deployed. */
    public boolean sendsEvents() {
        return integration && events && !eventTypes.isEmpty();
    }
}
