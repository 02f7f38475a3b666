package io.fpsh.sim;

import io.fpsh.ftd.ConnectorProperties;
import io.fpsh.ftd.ManagerInfo;
import io.fpsh.ftd.Managers;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.ResolvConfFile;
import io.fpsh.ftd.SftunnelStatus;
import io.fpsh.ftd.ShowNetworkLayout;
import io.fpsh.ftd.VersionInfo;
import io.fpsh.lab.LabFile;
import io.fpsh.probe.ClockReading;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records that clish commands report, computed from the device state. */
public final class StateViews {
    private static final String ADMIN_SPEED = "1gbps";
    private static final String DNS_FROM_ROUTER = "enabled";

    private StateViews() {}

    /** {@code show network} as the device's layout prints it: what its layout does not print is null. */
    public static NetworkInfo network(DeviceState state) {
        LabFile.Management nic = state.lab().management();
        DeviceState.Ipv4 v4 = state.ipv4();
        DeviceState.Proxy proxy = state.proxy();
        return showNetworkLayout(state).shown(new NetworkInfo(
                state.hostname(),
                state.searchDomains(),
                state.dnsServers(),
                state.managementPort(),
                v4.gateway(),
                new NetworkInfo.Interface(nic.interfaceName(), orDefault(nic.state(), "Enabled"), linkShown(state, nic),
                        orDefault(nic.channels(), "Management & Events"), orDefault(nic.mode(), "Non-Autonegotiation"),
                        orDefault(nic.mdix(), "Auto/MDIX"), nic.mtu() == 0 ? 1500 : nic.mtu(), orDefault(state.hardware().mac(), "00:50:56:00:00:01"),
                        v4.configuration(), v4.address(), v4.netmask(), broadcast(v4.address(), v4.netmask()), "Disabled",
                        // [SRC B1] the values of a 7.4.2 FPR1010 after setup; [UNVERIFIED] on an FTDv's virtual NIC
                        ADMIN_SPEED, ADMIN_SPEED),
                new NetworkInfo.Proxy(proxy.enabled(), proxy.address(), proxy.port(), proxy.authenticated()),
                // [SRC B1] "enabled" with DNS servers set by the setup wizard; [UNVERIFIED] what would turn it off
                DNS_FROM_ROUTER));
    }

    /** The device's {@code show network} layout: the lab's, else its version's ({@link ShowNetworkLayout#of}). */
    public static ShowNetworkLayout showNetworkLayout(DeviceState state) {
        LabFile.Device device = state.lab().device();
        return ShowNetworkLayout.of(device.showNetworkLayout(), device.version());
    }

    public static VersionInfo version(DeviceState state) {
        LabFile.Device d = state.lab().device();
        return new VersionInfo(state.hostname(), d.model(), d.version(), d.build(), state.hardware().uuid(),
                d.rulesUpdateVersion(), d.lspVersion(), d.vdbVersion());
    }

    /**
     * The Link line's value, or null where the lab's layout prints none: the 6.x samples (B2's br1, C1's FPR2100)
     * have no Link line, so what the box shows, and a probe reads, has no link either.
     */
    private static String linkShown(DeviceState state, LabFile.Management nic) {
        String layout = state.lab().device().showNetworkLayout();
        return "6.x".equals(layout) || "6.2-fpr".equals(layout) ? null : orDefault(nic.link(), "Up");
    }

    /** {@code show managers}: the lab's managers, with the 7.x fields where the lab gives them. */
    public static Managers managers(DeviceState state) {
        List<LabFile.Manager> managers = state.lab().managers() == null ? List.of() : state.lab().managers();
        return new Managers(managers.stream().map(m -> new ManagerInfo("Manager", m.host(), m.displayName(), m.version(),
                m.identifier(), m.registration(), m.managementType())).toList());
    }

    /** The device's /etc/resolv.conf; only a lab that departs from glibc's defaults writes them as options. */
    public static ResolvConfFile resolvConf(DeviceState state) {
        List<String> options = state.resolverTimeoutSeconds() != 5 || state.resolverAttempts() != 2
                ? List.of("timeout:" + state.resolverTimeoutSeconds(), "attempts:" + state.resolverAttempts())
                : List.of();
        return new ResolvConfFile(state.dnsServers(), state.searchDomains(), options);
    }

    /** The connector's properties file, written from the lab's connector section. */
    public static ConnectorProperties connectorProperties(DeviceState state) {
        LabFile.Connector connector = state.lab().connector();
        // the lab's fqdn, or the region an FMC deployment wrote since
        String fqdn = state.connectorCloud().fqdn();
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put(ConnectorProperties.REGISTRATION_INTERVAL, Integer.toString(connector.registrationInterval()));
        pairs.put(ConnectorProperties.PORT, Integer.toString(connector.port()));
        pairs.put(ConnectorProperties.FQDN, fqdn);
        return new ConnectorProperties(fqdn, connector.port(), connector.registrationInterval(), pairs);
    }

    /**
     * The device's clock next to the lab network's true time, which is where a runner driving the lab stands (see
     * {@link io.fpsh.device.Device#referenceTime()}): they differ by the lab's {@code deviceSkewDays} only.
     */
    public static ClockReading clock(DeviceState state) {
        Instant device = state.clock().now();
        return ClockReading.of(device, referenceTime(state, device));
    }

    /** The lab network's time when the device's clock reads {@code deviceTime}. */
    public static Instant referenceTime(DeviceState state, Instant deviceTime) {
        return state.networkTime(deviceTime);
    }

    /**
     * The management tunnel: up a day before the lab's clock starts (as {@code sftunnel-status-brief} says), or since
     * its daemon's last restart, with every manager of the lab as a peer whose channels are up once its registration
     * is completed and while the daemon runs. netstat, lsof and /ngfw/var/log/messages read the tunnel from here.
     */
    public static SftunnelStatus sftunnel(DeviceState state) {
        List<DeviceState.DaemonRestart> restarts = state.restartsOf(DeviceState.SFTUNNEL);
        Instant since = restarts.isEmpty() ? state.clock().start().minusSeconds(86_400) : restarts.get(restarts.size() - 1).at();
        boolean running = state.isRunning(DeviceState.SFTUNNEL);
        var peers = state.managers().stream()
                .map(m -> new SftunnelStatus.Peer(m.host(), orDefault(m.registration(), "Completed"),
                        running && "Completed".equalsIgnoreCase(orDefault(m.registration(), "Completed")), since))
                .toList();
        return new SftunnelStatus(since, state.lab().management().interfaceName(), state.ipv4().address(), peers);
    }

    /** When the device booted (uptime's, messages' and the interface counters' origin). */
    public static java.time.Instant bootTime(DeviceState state) {
        return MessagesLog.bootTime(state);
    }

    // --- show ntp, show disk ---

    /** {@code show ntp}: the first server without a status is the one in use, the others are available. */
    public static io.fpsh.ftd.NtpStatus ntp(DeviceState state) {
        List<LabFile.NtpServer> servers = state.ntpServers();
        List<io.fpsh.ftd.NtpStatus.Server> shown = new java.util.ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            LabFile.NtpServer s = servers.get(i);
            String status = s.status() != null ? s.status() : i == 0 ? "Being Used" : "Available";
            // a skewed clock is one whose NTP servers the path drops (DeviceState): none answers until a stand-in
            status = state.clockSynchronized() ? status : "Not Reachable";
            double offset = (s.offsetMicros() == null ? 13 : s.offsetMicros()) / 1000.0;
            shown.add(new io.fpsh.ftd.NtpStatus.Server(s.address(), status, offset,
                    s.lastUpdateSeconds() == null ? 36 : s.lastUpdateSeconds()));
        }
        return new io.fpsh.ftd.NtpStatus(shown);
    }

    /**
     * {@code show disk}: the partitions the expert shell's df shows (SystemInfo's). [UNVERIFIED: no sample of an FTD's
     * partitions was found; the mount points /ngfw and /ngfw/Volume follow the files' paths (facts 2.3).]
     */
    public static io.fpsh.ftd.DiskUsage disk(DeviceState state) {
        return io.fpsh.sim.expert.MountedFileSystems.all();
    }

    static String broadcast(String address, String netmask) {
        long ip = toLong(address);
        long mask = toLong(netmask);
        long broadcast = (ip & mask) | (~mask & 0xFFFFFFFFL);
        return ((broadcast >> 24) & 255) + "." + ((broadcast >> 16) & 255) + "." + ((broadcast >> 8) & 255) + "." + (broadcast & 255);
    }

    private static long toLong(String dotted) {
        long value = 0;
        for (String octet : dotted.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
