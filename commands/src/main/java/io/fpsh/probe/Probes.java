package io.fpsh.probe;

import java.util.List;
import java.util.Optional;

/** Every probe fpsh has, in the order {@code fpsh probe} lists them (the guide's order of reading). */
public final class Probes {
    private static final List<Probe<?>> ALL = List.of(
            new ShowNetworkProbe(),
            new ShowVersionProbe(),
            new ShowManagersProbe(),
            new ResolvConfProbe(),
            new ResolvConfTimeProbe(),
            new NslookupProbe(),
            new CurlProbe(),
            new ClockProbe(),
            new ConnectorPropertiesProbe(),
            new PmtoolProbe(),
            new NetstatProbe(),
            new LsofProbe(),
            new ConnectorLogProbe(),
            new ActionQueueLogProbe(),
            // lab only (issue 12 §3): the world around the device
            new FmcCloudServicesProbe(),
            new SseDevicesProbe(),
            new SseEventsProbe(),
            new SseCloudServicesProbe(),
            new SmartAccountProbe()
            // each probe adds one line here, after a comma
    );

    private Probes() {}

    public static List<Probe<?>> all() {
        return ALL;
    }

    public static Optional<Probe<?>> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
