package io.fpsh.lab.capture;

import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.ConnectorProperties;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.ResolvConfFile;
import io.fpsh.playbook.SseRegion;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.CurlProbe;
import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.Probes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a device with the existing probes, through its text as on a real box: the single probes, then each DNS
 * server (the configured ones and any the engineer names) for each SSE host of the device's region, then each of
 * those hosts on 443 with and without the connector's CA. Never throws: what could not be read stays in the reading.
 */
public final class DeviceReader {
    /** The file the guide's registration check trusts. */
    public static final String CONNECTOR_CA = "/ngfw/etc/ssl/connectorCA.pem";
    /** The single probes, in the guide's order of reading. */
    static final List<String> SINGLE = List.of("show-version", "show-network", "show-managers", "resolv-conf",
            "resolv-conf-time", "clock", "connector-properties", "pmtool", "netstat", "lsof", "connector-log",
            "action-queue-log");
    /** A working server answers within a second; a silent one is asked once more with longer than glibc's 5 s. */
    private static final String QUICK_WAIT = "-timeout=1";
    private static final String PATIENT_WAIT = "-timeout=7";
    /** A dropped SYN is told from a slow path as the connectivity playbook does: 3 s, then canConnect's own 10 s. */
    private static final List<String> CONNECT_WAITS = List.of("3", "10");

    /** A server that accepts and never answers costs this (curl 28, connected). */
    private static final String MAX_SECONDS = "12";

    private final DeviceDriver driver;
    private final Duration deadline;

    public DeviceReader(DeviceDriver driver, Duration deadline) {
        this.driver = driver;
        this.deadline = deadline;
    }

    /** @param siteDnsServers DNS servers the engineer knows of besides the configured ones (asked the same way) */
    public DeviceReading read(List<String> siteDnsServers) {
        Instant began = Instant.now();
        Map<String, ProbeResult> probes = new LinkedHashMap<>();
        for (String name : SINGLE) {
            probes.put(name, run(name, List.of()));
        }
        SseRegion region = region(probes.get("connector-properties"));
        List<DeviceReading.Lookup> lookups = new ArrayList<>();
        Set<String> configured = configuredServers(probes);
        Set<String> servers = new LinkedHashSet<>(configured);
        servers.addAll(siteDnsServers);
        for (String server : servers) {
            lookups.addAll(lookups(server, configured.contains(server), region));
        }
        List<DeviceReading.Reach> reaches = new ArrayList<>();
        for (String host : region.hosts()) {
            reaches.add(reach(host, host.equals(region.apiHost()) ? region.regionsUrl() : "https://" + host + "/"));
        }
        return new DeviceReading(driver.device().targetName(), began, driver.device().banner(), probes, lookups, reaches);
    }

    /** The region of connector.properties' fqdn; US (the default the connector ships with) when it cannot be read. */
    static SseRegion region(ProbeResult properties) {
        if (properties != null && properties.ok() && properties.record() instanceof ConnectorProperties read) {
            return SseRegion.ofHost(read.connectorFqdn()).orElse(SseRegion.US);
        }
        return SseRegion.US;
    }

    /** The servers show network names, else resolv.conf's: what the device's resolver asks. */
    private static Set<String> configuredServers(Map<String, ProbeResult> probes) {
        ProbeResult network = probes.get("show-network");
        if (network.ok() && network.record() instanceof NetworkInfo info) {
            return new LinkedHashSet<>(info.dnsServers());
        }
        ProbeResult file = probes.get("resolv-conf");
        if (file.ok() && file.record() instanceof ResolvConfFile conf) {
            return new LinkedHashSet<>(conf.nameservers());
        }
        return new LinkedHashSet<>();
    }

    /** Each host through {@code server}; a server silent even when waited for is dead for every name: asked once. */
    private List<DeviceReading.Lookup> lookups(String server, boolean configured, SseRegion region) {
        List<DeviceReading.Lookup> lookups = new ArrayList<>();
        boolean slow = false;
        for (String host : region.hosts()) {
            ProbeResult quick = slow ? null : nslookup(QUICK_WAIT, host, server);
            ProbeResult patient = null;
            if (slow || timedOut(quick)) {
                patient = nslookup(PATIENT_WAIT, host, server);
                slow = !timedOut(patient);
            }
            lookups.add(new DeviceReading.Lookup(server, configured, host, quick, patient));
            if (patient != null && timedOut(patient)) {
                break;
            }
        }
        return lookups;
    }

    private ProbeResult nslookup(String wait, String host, String server) {
        return run("nslookup", List.of("-type=A", wait, "-retry=1", host, server));
    }

    private static boolean timedOut(ProbeResult lookup) {
        return lookup != null && (!lookup.ok() || (lookup.record() instanceof DnsLookup answer
                && DnsLookup.TIMEOUT.equals(answer.status())));
    }

    /** curl -k first; a SYN unanswered in 3 s is given canConnect's 10; with TLS reached, the CA check too. */
    private DeviceReading.Reach reach(String host, String url) {
        ProbeResult insecure = null;
        for (String wait : CONNECT_WAITS) {
            insecure = run("curl", List.of("--connect-timeout", wait, "--max-time", MAX_SECONDS, url));
            if (!(insecure.ok() && insecure.record() instanceof CurlCheck check && check.exitCode() == 28
                    && !check.connected() && check.resolvedAddress() != null)) {
                break;
            }
        }
        ProbeResult verified = null;
        if (insecure.ok() && insecure.record() instanceof CurlCheck check && check.tlsVersion() != null) {
            verified = run("curl", List.of(CurlProbe.CACERT, CONNECTOR_CA, "--connect-timeout", "10", "--max-time",
                    MAX_SECONDS, url));
        }
        return new DeviceReading.Reach(host, url, insecure, verified);
    }

    private ProbeResult run(String name, List<String> args) {
        Probe<?> probe = Probes.named(name).orElseThrow();
        return ProbeRunner.run(probe, args, driver, deadline);
    }
}
