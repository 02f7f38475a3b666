package io.fpsh.sim.world;

import io.fpsh.playbook.SseRegion;
import io.fpsh.sim.DeviceState;

import java.util.List;

/**
 * The FMC's Deploy button for the Cloud Services page: the saved settings reach the device. "The FMC broadcasts to
 * all the managed FTDs when the Cisco Cloud configuration is set to On or Off. Once the Cisco Cloud is enabled, the
 * SSEConnector service starts" [SRC facts 3.1, C4]: the integration on starts the connector, off stops it (pmtool
 * shows it Disabled); a new region is written into connector.properties (fqdn and eventing host) and the connector
 * restarts to read it. [UNVERIFIED: that a deployment restarts a running connector for a new region; the events
 * toggle alone reconfigures EventHandler (C4), which leaves the connector running here]
 */
public final class FmcDeployment {
    static final String CONNECTOR = "SSEConnector";

    private FmcDeployment() {}

    /** Deploys the saved settings now; returns what the FMC reports, one line each. */
    public static List<String> deploy(DeviceState state) {
        LabWorld world = state.world();
        String device = state.hostname();
        if (world.pending().isEmpty()) {
            return List.of("Nothing to deploy: " + device + " is up to date.");
        }
        LabWorld.Settings before = world.deployed();
        LabWorld.Settings after = world.saved();
        world.deployed(state.clock().now());
        boolean newRegion = !before.region().equals(after.region());
        if (newRegion) {
            SseRegion region = SseRegion.named(after.region()).orElse(SseRegion.US);
            state.setConnectorCloud(region.apiHost(), region.eventingHost());
        }
        if (!after.integration()) {
            state.disableDaemon(CONNECTOR);
        } else if (!state.isRunning(CONNECTOR)) {
            state.enableDaemon(CONNECTOR);
        } else if (newRegion || !before.integration()) {
            state.restartDaemon(CONNECTOR);
        }
        // [UNVERIFIED: the FMC's deployment wording; its GUI shows a progress list per device]
        return List.of("Deploying to " + device + ": Cloud Services (region " + after.region() + ", integration "
                + LabWorld.onOff(after.integration()) + ", events " + LabWorld.onOff(after.events()) + ")",
                "Deployment to " + device + " succeeded.");
    }
}
