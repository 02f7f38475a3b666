package io.fpsh.probe;

import io.fpsh.world.SseCloudServices;
import io.fpsh.world.WorldPages;

import java.util.List;
import java.util.Map;

/** {@code :sse cloud-services} on a lab: the portal's Eventing and Cisco XDR threat response toggles. */
public final class SseCloudServicesProbe extends LabPageProbe<SseCloudServices> {
    @Override public String name() { return "sse-cloud-services"; }

    @Override public String summary() { return "lab only: the SSE portal's Cloud Services toggles (Eventing, Cisco XDR threat response)"; }

    @Override public Class<SseCloudServices> recordType() { return SseCloudServices.class; }

    @Override String standIn() { return ":sse"; }

    @Override String page() { return "cloud-services"; }

    @Override
    public SseCloudServices parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        SsePages.region(this, output, "Cloud Services");
        Map<String, Integer> labels = labels(output.lines());
        return new SseCloudServices(enabled(output, labels, WorldPages.EVENTING, "eventing"),
                enabled(output, labels, WorldPages.XDR, "xdrThreatResponse"));
    }
}
