package io.fpsh.sim;

import io.fpsh.lab.LabFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one mutable model of a simulated FTD. Every view (show network, resolv.conf, nslookup, curl, the logs, lsof)
 * is computed from it, so a configuration change shows everywhere at once. What belongs to one login (mode, clish
 * history, sudo ticket) is its {@link FtdSession}'s: sessions of one device share this state, nothing else.
 */
public final class DeviceState {
    /** A change of the DNS configuration, kept so the logs can follow it in lab time. */
    public record DnsChange(Instant at, List<String> servers) {}

    public record Ipv4(String configuration, String address, String netmask, String gateway) {}

    /**
     * The HTTP proxy setting. {@code password} is kept for the daemons that send it (never shown); null without
     * authentication.
     */
    public record Proxy(boolean enabled, String address, int port, String user, boolean authenticated, String password) {
        public static final Proxy DISABLED = new Proxy(false, null, 0, null, false, null);

        public Proxy(boolean enabled, String address, int port, String user, boolean authenticated) {
            this(enabled, address, port, user, authenticated, null);
        }

        @Override
        public String toString() { // no password in logs or test messages
            return "Proxy[" + (enabled ? address + ":" + port + (authenticated ? ", user " + user : "") : "disabled") + "]";
        }
    }

    /**
     * What the device's hardware says about it: the UUID {@code show version} prints and the management interface's
     * MAC address. The lab's own, except on a fleet's devices, which each have their own.
     */
    public record Hardware(String uuid, String mac) {}

    /** A change of the proxy setting, kept so the daemons follow it in lab time. */
    public record ProxyChange(Instant at, Proxy proxy) {}

    /** A daemon restarted by {@code pmtool restartbyid}: when, and the pid of its new process. */
    public record DaemonRestart(Instant at, String daemon, int pid) {}

    /** A daemon disabled ({@code pmtool DisableById}) or enabled again ({@code pmtool EnableById}), and when. */
    public record DaemonSwitch(Instant at, String daemon, boolean enabled) {}

    private final LabFile lab;
    private final LabClock clock;
    private String hostname;
    private Hardware hardware;
    private List<String> dnsServers;
    private List<String> searchDomains;
    private final List<DnsChange> dnsHistory = new ArrayList<>();
    private Ipv4 ipv4;
    private int managementPort;
    private Proxy proxy;
    private final List<ProxyChange> proxyHistory = new ArrayList<>();
    private final List<DaemonRestart> restarts = new ArrayList<>();
    private final List<io.fpsh.ftd.StaticRoute> staticRoutes = new ArrayList<>();
    private final List<DaemonSwitch> switches = new ArrayList<>();
    /** The stand-ins' changes to the path outside the device (:net), oldest first: the daemons follow them in lab time. */
    private final List<PathChange> pathHistory = new ArrayList<>();
    /** When a configure command last changed the state; null while nothing has been changed this session. */
    private Instant lastConfigurationChange;
    /** When /etc/resolv.conf was last written: by configure network dns, or before the session. */
    private Instant resolvConfWritten;

    public DeviceState(LabFile lab, LabClock clock) {
        this.lab = lab;
        this.clock = clock;
        this.world = new io.fpsh.sim.world.LabWorld(lab);
        plant();
    }

    /**
     * Puts the device back as the lab planted it (a lesson's {@code :lab reset}): its configuration, daemons and
     * histories; lab time is the clock's owner's to rewind. Every view reads this state, so all follow at once.
     */
    public synchronized void reset() {
        dnsHistory.clear();
        proxyHistory.clear();
        restarts.clear();
        staticRoutes.clear();
        switches.clear();
        pathHistory.clear();
        lastConfigurationChange = null;
        connectorClouds.clear();
        world.reset();
        clockSteppedAt = null;
        lessonTrail.clear();
        plant();
    }

    /** The state the lab file gives, as the device starts. */
    private void plant() {
        this.hostname = lab.device().hostname();
        this.hardware = new Hardware(lab.device().uuid(), lab.management().mac());
        this.dnsServers = List.copyOf(lab.dns().servers());
        this.searchDomains = List.copyOf(Objects.requireNonNullElse(lab.dns().searchDomains(), List.of()));
        LabFile.Ipv4 v4 = lab.management().ipv4();
        this.ipv4 = new Ipv4(Objects.requireNonNullElse(v4.configuration(), "Manual"), v4.address(), v4.netmask(), v4.gateway());
        this.managementPort = lab.management().port();
        LabFile.Proxy p = lab.proxy();
        this.proxy = p == null || !p.enabled() ? Proxy.DISABLED
                : new Proxy(true, p.address(), Objects.requireNonNullElse(p.port(), 3128), p.user(), p.user() != null, p.password());
        proxyHistory.add(new ProxyChange(Instant.MIN, proxy));
        dnsHistory.add(new DnsChange(Instant.MIN, dnsServers));
        pathHistory.add(new PathChange(Instant.MIN, io.fpsh.sim.network.PathChanges.NONE));
        clockAhead = java.time.Duration.ofDays(Objects.requireNonNullElse(lab.clock().deviceSkewDays(), 0));
        for (LabFile.StaticRoute r : Objects.requireNonNullElse(lab.management().staticRoutes(), List.<LabFile.StaticRoute>of())) {
            staticRoutes.add(new io.fpsh.ftd.StaticRoute(r.interfaceName(), r.destination(), r.netmask(), r.gateway()));
        }
        connectorClouds.add(new ConnectorCloud(Instant.MIN, lab.connector().fqdn(), lab.connector().eventingHost()));
        // [INVENTED: a lab does not say when its configuration was written; a day before the session, before any log line]
        resolvConfWritten = clock.start().minus(java.time.Duration.ofDays(1));
    }

    // --- management static routes and NTP (show network-static-routes, show ntp) ---

    /** The management interface's static routes, in the order they were added. */
    public synchronized List<io.fpsh.ftd.StaticRoute> staticRoutes() { return List.copyOf(staticRoutes); }

    /** Adds a route; false when the same route is there already. */
    public synchronized boolean addStaticRoute(io.fpsh.ftd.StaticRoute route) {
        if (staticRoutes.contains(route)) {
            return false;
        }
        staticRoutes.add(route);
        changed();
        return true;
    }

    /** Deletes a route; false when there is no such route. */
    public synchronized boolean deleteStaticRoute(io.fpsh.ftd.StaticRoute route) {
        boolean removed = staticRoutes.remove(route);
        if (removed) {
            changed();
        }
        return removed;
    }

    /**
     * The NTP servers the device uses: the lab's {@code ntp} list, else its first manager, which serves the time
     * to a device set to "Via NTP from Management Center" [SRC docs.manage.security.cisco.com cdfmc
     * t_configure_ntp_time_synchronization_fptd: "it synchronizes its time with the Management Center"]; empty
     * without either (an FDM-managed lab with no NTP).
     */
    public List<LabFile.NtpServer> ntpServers() {
        return ntpServersOf(lab);
    }

    /** The NTP servers a device of {@code lab} uses, as {@link #ntpServers()} gives them. */
    public static List<LabFile.NtpServer> ntpServersOf(LabFile lab) {
        if (lab.ntp() != null) {
            return lab.ntp();
        }
        List<LabFile.Manager> managers = Objects.requireNonNullElse(lab.managers(), List.of());
        return managers.isEmpty() ? List.of() : List.of(new LabFile.NtpServer(managers.get(0).host(), null, null, null));
    }

    public LabFile lab() { return lab; }

    public LabClock clock() { return clock; }

    public synchronized String hostname() { return hostname; }

    public synchronized void setHostname(String hostname) {
        this.hostname = hostname;
        changed();
    }

    public synchronized Hardware hardware() { return hardware; }

    public synchronized void setHardware(Hardware hardware) { this.hardware = hardware; }

    public synchronized List<String> dnsServers() { return dnsServers; }

    public synchronized void setDnsServers(List<String> servers) {
        dnsServers = List.copyOf(servers);
        dnsHistory.add(new DnsChange(clock.now(), dnsServers));
        changed();
        resolvConfWritten = lastConfigurationChange;
    }

    /** The DNS servers in force at a lab instant. */
    public synchronized List<String> dnsServersAt(Instant at) {
        List<String> servers = dnsHistory.get(0).servers();
        for (DnsChange change : dnsHistory) {
            if (!change.at().isAfter(at)) {
                servers = change.servers();
            }
        }
        return servers;
    }

    public synchronized List<DnsChange> dnsHistory() { return List.copyOf(dnsHistory); }

    public synchronized List<String> searchDomains() { return searchDomains; }

    public synchronized void setSearchDomains(List<String> domains) {
        searchDomains = List.copyOf(domains);
        changed();
        resolvConfWritten = lastConfigurationChange;
    }

    public int resolverTimeoutSeconds() { return Objects.requireNonNullElse(lab.dns().timeoutSeconds(), 5); }

    public int resolverAttempts() { return Objects.requireNonNullElse(lab.dns().attempts(), 2); }

    public synchronized Ipv4 ipv4() { return ipv4; }

    public synchronized void setIpv4(Ipv4 ipv4) {
        this.ipv4 = ipv4;
        changed();
    }

    public synchronized int managementPort() { return managementPort; }

    public synchronized void setManagementPort(int port) {
        managementPort = port;
        changed();
    }

    public synchronized Proxy proxy() { return proxy; }

    public synchronized void setProxy(Proxy proxy) {
        this.proxy = proxy;
        proxyHistory.add(new ProxyChange(clock.now(), proxy));
        changed();
    }

    private void changed() {
        lastConfigurationChange = clock.now();
    }

    /**
     * When a configure command (dns, http-proxy, ipv4, hostname...) last changed this device; empty while none has.
     * A log line older than that was written under another configuration: evidence, not the state now.
     */
    public synchronized java.util.Optional<Instant> lastConfigurationChange() {
        return java.util.Optional.ofNullable(lastConfigurationChange);
    }

    /**
     * When {@code configure network dns} last wrote /etc/resolv.conf (its modification time), as a real device's
     * file shows it [BELIEVED: the FTD's clish rewrites resolv.conf; the facts file does not say].
     */
    public synchronized Instant resolvConfWritten() {
        return resolvConfWritten;
    }

    /** The proxy setting in force at a lab instant. */
    public synchronized Proxy proxyAt(Instant at) {
        Proxy inForce = proxyHistory.get(0).proxy();
        for (ProxyChange change : proxyHistory) {
            if (!change.at().isAfter(at)) {
                inForce = change.proxy();
            }
        }
        return inForce;
    }

    public synchronized List<ProxyChange> proxyHistory() { return List.copyOf(proxyHistory); }

    /**
     * Restarts daemon {@code name} of the lab's processes now: its new process gets a pid above every one given so
     * far, as the kernel hands them out. A disabled daemon stays down (pm starts only what is enabled)
     * [UNVERIFIED: what pmtool prints then is not known; it prints nothing here]. False when the lab has no such daemon.
     */
    public synchronized boolean restartDaemon(String name) {
        if (!hasDaemon(name)) {
            return false;
        }
        if (isRunning(name)) {
            start(name);
        }
        return true;
    }

    /** {@code pmtool DisableById NAME}: the daemon stops now and stays down. False when the lab has no such daemon. */
    public synchronized boolean disableDaemon(String name) {
        if (!hasDaemon(name)) {
            return false;
        }
        if (isRunning(name)) {
            switches.add(new DaemonSwitch(clock.now(), name, false));
        }
        return true;
    }

    /** {@code pmtool EnableById NAME}: a disabled daemon starts now, as a new process. False when there is no such daemon. */
    public synchronized boolean enableDaemon(String name) {
        if (!hasDaemon(name)) {
            return false;
        }
        if (!isRunning(name)) {
            switches.add(new DaemonSwitch(clock.now(), name, true));
            start(name);
        }
        return true;
    }

    private boolean hasDaemon(String name) {
        return daemons().stream().anyMatch(p -> p.name().equals(name));
    }

    // --- the management tunnel's daemon ---

    /** pmtool's name of the management tunnel's daemon. */
    public static final String SFTUNNEL = "sftunnel";

    /**
     * The device's managers (FMC), as {@code show managers} lists them; empty for a device with none. A lab sets
     * them; no command changes them yet.
     */
    public List<LabFile.Manager> managers() {
        return Objects.requireNonNullElse(lab.managers(), List.of());
    }

    /**
     * The daemons the process manager runs: the lab's, and on a device with a manager the management tunnel's
     * ({@value #SFTUNNEL}) when the lab does not list it itself. [UNVERIFIED: facts 2.3 name the binary sftunnel
     * (B5); its pmtool record, category and user are not sourced.]
     */
    public List<LabFile.Process> daemons() {
        List<LabFile.Process> processes = Objects.requireNonNullElse(lab.processes(), List.of());
        if (managers().isEmpty() || processes.stream().anyMatch(p -> p.name().equals(SFTUNNEL))) {
            return processes;
        }
        // an early pid, below the lab's daemons', so that theirs (and the pids their restarts get) stay as they were
        int lowest = processes.stream().mapToInt(LabFile.Process::pid).min().orElse(8000);
        int pid = lowest > 4219 ? 4219 : processes.stream().mapToInt(LabFile.Process::pid).max().orElse(0) + 218;
        List<LabFile.Process> withTunnel = new ArrayList<>(processes);
        withTunnel.add(new LabFile.Process(SFTUNNEL, "system", pid, SFTUNNEL, "root",
                DevicePaths.of(lab.device(), "/ngfw/usr/local/sf/bin/sftunnel")));
        return List.copyOf(withTunnel);
    }

    private void start(String name) {
        List<LabFile.Process> processes = daemons();
        int highest = processes.stream().mapToInt(LabFile.Process::pid).max().orElse(0);
        for (DaemonRestart restart : restarts) {
            highest = Math.max(highest, restart.pid());
        }
        restarts.add(new DaemonRestart(clock.now(), name, highest + 211));
    }

    /** Whether daemon {@code name} runs now. */
    public synchronized boolean isRunning(String name) {
        return runningAt(name, clock.now());
    }

    /** Whether daemon {@code name} ran at a lab instant: as the lab starts it, then as enabled and disabled since. */
    public synchronized boolean runningAt(String name, Instant at) {
        boolean running = daemons().stream().anyMatch(p -> p.name().equals(name) && p.running());
        for (DaemonSwitch change : switches) {
            if (change.daemon().equals(name) && !change.at().isAfter(at)) {
                running = change.enabled();
            }
        }
        return running;
    }

    /** The times daemon {@code name} was disabled or enabled, oldest first. */
    public synchronized List<DaemonSwitch> switchesOf(String name) {
        return switches.stream().filter(s -> s.daemon().equals(name)).toList();
    }

    /** The restarts of daemon {@code name} so far, oldest first. */
    public synchronized List<DaemonRestart> restartsOf(String name) {
        return restarts.stream().filter(r -> r.daemon().equals(name)).toList();
    }

    /** The lab's process as it runs now: with the pid of its last restart. */
    public synchronized LabFile.Process current(LabFile.Process process) {
        List<DaemonRestart> mine = restartsOf(process.name());
        if (mine.isEmpty()) {
            return process;
        }
        return new LabFile.Process(process.name(), process.category(), mine.get(mine.size() - 1).pid(), process.command(),
                process.user(), process.path(), process.state());
    }

    // --- the world around the device (issue 12 §3): the FMC, the SSE portal, the Smart Account ---

    /**
     * Where the connector reaches SSE from {@code at} on: connector.properties' {@code connector_fqdn} and the
     * eventing host of its region. The lab's at first; an FMC deployment of another region writes new ones.
     */
    public record ConnectorCloud(Instant at, String fqdn, String eventingHost) {}

    private final io.fpsh.sim.world.LabWorld world;
    private final List<ConnectorCloud> connectorClouds = new ArrayList<>();

    /** The FMC's, the SSE portal's and the Smart Account's state in this lab: reset with the device. */
    public io.fpsh.sim.world.LabWorld world() { return world; }

    /** The connector's cloud at a lab instant. */
    public synchronized ConnectorCloud connectorCloudAt(Instant at) {
        ConnectorCloud inForce = connectorClouds.get(0);
        for (ConnectorCloud change : connectorClouds) {
            if (!change.at().isAfter(at)) {
                inForce = change;
            }
        }
        return inForce;
    }

    /** The connector's cloud now (connector.properties' fqdn, the eventing host). */
    public ConnectorCloud connectorCloud() {
        return connectorCloudAt(clock.now());
    }

    /** An FMC deployment writes connector.properties anew: the connector reads it at its next start. */
    public synchronized void setConnectorCloud(String fqdn, String eventingHost) {
        connectorClouds.add(new ConnectorCloud(clock.now(), fqdn, eventingHost));
        changed();
    }

    /** The password of an account, or null. */
    public String passwordOf(String user) {
        return lab.device().accounts().stream().filter(a -> a.user().equals(user))
                .map(LabFile.Account::password).findFirst().orElse(null);
    }

    /** The account the session logs in as: the lab's first. */
    public String loginUser() {
        return lab.device().accounts().get(0).user();
    }

    // --- the path outside the device, as the stand-ins change it (:net, issue 12 §3) ---

    /** A change the stand-ins made to the path, kept so the daemons follow it in lab time. */
    public record PathChange(Instant at, io.fpsh.sim.network.PathChanges path) {}

    /** The path's changes in force now. */
    public synchronized io.fpsh.sim.network.PathChanges path() {
        return pathHistory.get(pathHistory.size() - 1).path();
    }

    /** The path's changes in force at a lab instant. */
    public synchronized io.fpsh.sim.network.PathChanges pathAt(Instant at) {
        io.fpsh.sim.network.PathChanges inForce = pathHistory.get(0).path();
        for (PathChange change : pathHistory) {
            if (!change.at().isAfter(at)) {
                inForce = change.path();
            }
        }
        return inForce;
    }

    /**
     * Changes the path from now on; not a configuration change of the device (its files and {@code show} output stay
     * as they were). False when nothing changed.
     */
    public synchronized boolean changePath(java.util.function.UnaryOperator<io.fpsh.sim.network.PathChanges> change) {
        io.fpsh.sim.network.PathChanges before = path();
        io.fpsh.sim.network.PathChanges after = change.apply(before);
        if (after.equals(before)) {
            return false;
        }
        pathHistory.add(new PathChange(clock.now(), after));
        if (!clockAhead.isZero() && ntpServers().stream().anyMatch(s -> after.allows(null, s.address(), NTP_PORT))) {
            stepClock();
        }
        return true;
    }

    // --- the device's clock and NTP: a skewed clock (clock.deviceSkewDays) is one whose NTP server the path drops ---

    /** NTP's port: a stand-in allowing it to one of the device's servers lets ntpd set the clock. */
    public static final int NTP_PORT = 123;
    /** How far the device's clock is ahead of the network's true time: the lab's skew until ntpd sets it, then none. */
    private java.time.Duration clockAhead;
    /** When ntpd stepped the clock (in the clock's time since), and by how much it was ahead before; null: never. */
    private Instant clockSteppedAt;
    private java.time.Duration steppedBy = java.time.Duration.ZERO;

    /** Whether the device's clock is set from NTP (not skewed). */
    public synchronized boolean clockSynchronized() {
        return clockAhead.isZero();
    }

    /** The network's true time when the device's clock reads {@code deviceTime}. */
    public synchronized Instant networkTime(Instant deviceTime) {
        return deviceTime.minus(clockAhead);
    }

    /**
     * What the device's clock read at lab instant {@code at} (an instant of the clock's time now): before ntpd stepped
     * it, the skewed time it read then, so the certificate checks made before the step still failed.
     */
    public synchronized Instant clockReadingAt(Instant at) {
        return clockSteppedAt != null && at.isBefore(clockSteppedAt) ? at.plus(steppedBy) : at;
    }

    /**
     * ntpd reaches its server and steps the clock to the true time at once, as {@code ntpd -g} does at start for any
     * offset [UNVERIFIED: whether an FTD's ntpd steps a clock two years off, and how soon after its server becomes
     * reachable, is not known; a real one polls every 64 s at first]. The histories move with the clock
     * [SIMPLIFIED: the logs' earlier lines then read in the true time; a real device's keep their old stamps].
     */
    private void stepClock() {
        java.time.Duration by = clockAhead.negated();
        clock.step(by);
        java.util.function.UnaryOperator<Instant> moved = at -> at.equals(Instant.MIN) ? at : at.plus(by);
        dnsHistory.replaceAll(c -> new DnsChange(moved.apply(c.at()), c.servers()));
        proxyHistory.replaceAll(c -> new ProxyChange(moved.apply(c.at()), c.proxy()));
        restarts.replaceAll(r -> new DaemonRestart(moved.apply(r.at()), r.daemon(), r.pid()));
        switches.replaceAll(s -> new DaemonSwitch(moved.apply(s.at()), s.daemon(), s.enabled()));
        pathHistory.replaceAll(c -> new PathChange(moved.apply(c.at()), c.path()));
        lastConfigurationChange = lastConfigurationChange == null ? null : moved.apply(lastConfigurationChange);
        resolvConfWritten = moved.apply(resolvConfWritten);
        steppedBy = clockAhead;
        clockAhead = java.time.Duration.ZERO;
        clockSteppedAt = clock.now();
    }

    // --- a lesson's trail (io.fpsh.teach): steps walked and causes stated, cleared by reset() ---

    private final io.fpsh.teach.LessonTrail lessonTrail = new io.fpsh.teach.LessonTrail();

    /** What the student did that the configuration cannot show; every session on the device adds to it. */
    public io.fpsh.teach.LessonTrail lessonTrail() {
        return lessonTrail;
    }
}
