package io.fpsh.probe;

import io.fpsh.world.FmcCloudServices;
import io.fpsh.world.WorldPages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code :fmc cloud-services} on a lab: the FMC's Cloud Services page (region, integration, events, pending). */
public final class FmcCloudServicesProbe extends LabPageProbe<FmcCloudServices> {
    @Override public String name() { return "fmc-cloud-services"; }

    @Override public String summary() { return "lab only: the FMC's Cloud Services page: region, integration, events sent, pending deployment"; }

    @Override public Class<FmcCloudServices> recordType() { return FmcCloudServices.class; }

    @Override String standIn() { return ":fmc"; }

    @Override String page() { return "cloud-services"; }

    @Override
    public FmcCloudServices parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        heading(output, WorldPages.FMC_HEADING);
        List<String> lines = output.lines();
        Map<String, Integer> labels = labels(lines);
        String region = value(output, labels, WorldPages.REGION, "region").split(" ")[0];
        boolean integration = enabled(output, labels, WorldPages.INTEGRATION, "integration");
        boolean events = enabled(output, labels, WorldPages.EVENTS, "events");
        List<String> types = new ArrayList<>();
        for (String type : WorldPages.EVENT_TYPE_ORDER) {
            String label = WorldPages.EVENT_TYPE_LABELS.get(type);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("[x] " + label)) {
                    output.from("eventTypes", i);
                    types.add(type);
                }
            }
        }
        String pending = value(output, labels, WorldPages.PENDING, "pending");
        List<String> changes = new ArrayList<>();
        if (!pending.equals("none")) {
            for (int i = labels.get(WorldPages.PENDING) + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
                changes.add(lines.get(i).strip());
            }
        }
        return new FmcCloudServices(integration, region, events, types, changes);
    }
}
