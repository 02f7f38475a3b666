package io.fpsh.world;

/** The SSE portal's Cloud Services toggles the guide turns on: Eventing and Cisco XDR threat response. */
public record SseCloudServices(boolean eventing, boolean xdrThreatResponse) {}
