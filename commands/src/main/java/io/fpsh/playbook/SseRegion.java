package io.fpsh.playbook;

import java.util.List;
import java.util.Optional;

/**
 * The SSE regions as the guide lists them ("Enregistrement des périphériques auprès de SSE", step 1: the URLs to
 * allow), each with its hosts on 443: the API host first (connector.properties' connector_fqdn, canConnect's regions
 * URL), then the eventing host; US adds the registration hosts of the guide's curl checks (est.sco, mx01).
 */
public enum SseRegion {
    US("api-sse.cisco.com", "eventing-ingest.sse.itd.cisco.com", "est.sco.cisco.com", "mx01.sse.itd.cisco.com"),
    EU("api.eu.sse.itd.cisco.com", "eventing-ingest.eu.sse.itd.cisco.com"),
    APJ("api.apj.sse.itd.cisco.com", "eventing-ingest.apj.sse.itd.cisco.com");

    private final List<String> hosts;

    SseRegion(String... hosts) {
        this.hosts = List.of(hosts);
    }

    /** Every host the device must resolve and reach on 443, the API host first. */
    public List<String> hosts() {
        return hosts;
    }

    public String apiHost() {
        return hosts.get(0);
    }

    public String eventingHost() {
        return hosts.get(1);
    }

    /** The URL canConnect asks (action_queue.log): the region list, served by the region's API host. */
    public String regionsUrl() {
        return "https://" + apiHost() + "/providers/sse/api/v1/regions";
    }

    /** The region of a URL's host ({@code https://api.eu.sse.itd.cisco.com/...}); empty for another or a bad URL. */
    public static Optional<SseRegion> ofUrl(String url) {
        try {
            return ofHost(url == null ? null : java.net.URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The region whose host list holds {@code host} (case and a trailing dot ignored). */
    public static Optional<SseRegion> ofHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", "");
        for (SseRegion region : values()) {
            if (region.hosts.contains(name)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The region whose API host (connector.properties' {@code connector_fqdn}) is {@code fqdn}; empty for another. */
    public static Optional<SseRegion> ofApiHost(String fqdn) {
        return ofHost(fqdn).filter(region -> region.apiHost().equals(
                fqdn.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", "")));
    }

    /** A region as an engineer names it: US, EU, APJ or APJC (SSE's own name for APJ), any case; empty otherwise. */
    public static Optional<SseRegion> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(java.util.Locale.ROOT);
        for (SseRegion region : values()) {
            if (region.name().equals(upper) || (region == APJ && upper.equals("APJC"))) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
