package io.fpsh.sim.run;

import io.fpsh.sim.SessionExternals;
import io.fpsh.sim.LabExpertContext;
import io.fpsh.sim.DeviceFiles;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.DeviceState;
import io.fpsh.device.DeviceIo;
import io.fpsh.local.LocalResolver;
import io.fpsh.net.HostResolver;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.sim.expert.ExpertShell;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.MapFileSystem;
import io.fpsh.sim.expert.SimFileException;
import io.fpsh.sim.network.LabNetwork;
import io.fpsh.sim.tools.CurlCommand;
import io.fpsh.sim.tools.NslookupCommand;
import io.fpsh.tools.curl.CurlDialect;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.curl.CurlFiles;
import io.fpsh.tools.nslookup.Nslookup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one session of a simulated FTD runs on the host: its lab network (servers started on demand; under
 * {@code fpsh serve --fleet} the fleet's, shared by its devices), its files, its connector, and the expert shell
 * with the device's own curl and nslookup plugged in. Further sessions on the device share all but the shell.
 */
final class LabServices implements AutoCloseable {
    private final DeviceState state;
    private final LabNetwork network;
    private final boolean ownNetwork;
    /** False for another login on the device: the device's first services own its network, files and connector. */
    private final boolean ownDevice;
    private final ConnectorActivity connector;
    private final MapFileSystem files;
    private final ExpertShell shell = new ExpertShell();
    private final LabExpertContext context;
    /** What the device's own programs (curl) reach: its own addresses, then the lab. */
    private final DeviceNetwork deviceNetwork;

    /** A device alone in its lab: its own network, stopped with it. */
    LabServices(FtdSession session) {
        this(session, LabNetwork.of(session.state()), true);
    }

    /** A device of a fleet: the fleet's network, which outlives the device. */
    LabServices(FtdSession session, LabNetwork fleetNetwork) {
        this(session, fleetNetwork, false);
    }

    private LabServices(FtdSession session, LabNetwork network, boolean ownNetwork) {
        this.state = session.state();
        this.network = network;
        this.ownNetwork = ownNetwork;
        this.ownDevice = true;
        this.connector = new ConnectorActivity(state, Reachability.of(state));
        this.files = DeviceFiles.of(state, connector);
        this.context = new LabExpertContext(session, files, connector, externals(session));
        this.deviceNetwork = new DeviceNetwork(network, state, () -> context.sockets().inet());
    }

    /** Another login on the device {@code device} serves: its network, files and connector, a shell of its own. */
    private LabServices(FtdSession session, LabServices device) {
        this.state = device.state;
        this.network = device.network;
        this.ownNetwork = false;
        this.ownDevice = false;
        this.connector = device.connector;
        this.files = device.files;
        this.context = new LabExpertContext(session, files, connector, externals(session));
        this.deviceNetwork = device.deviceNetwork;
    }

    /** The services of another session on this device, which stay this one's to close. */
    LabServices anotherSession(FtdSession session) {
        return new LabServices(session, this);
    }

    /** The programs that act on the session itself, or reach out of the device through its network. */
    private Map<String, ExternalCommand> externals(FtdSession session) {
        Map<String, ExternalCommand> programs = new java.util.HashMap<>(SessionExternals.of(session, shell));
        programs.put("curl", new CurlCommand(this::curlEnvironment, this::noteSseAnswer));
        programs.put("nslookup", new NslookupCommand(this::nslookup));
        // networking tools (nettools)
        programs.put("ping", new io.fpsh.sim.nettools.PingCommand(state));
        programs.put("traceroute", new io.fpsh.sim.nettools.TracerouteCommand(state));
        programs.put("openssl", new io.fpsh.sim.nettools.OpenSslCommand(this::curlEnvironment));
        programs.put("telnet", new io.fpsh.sim.nettools.TelnetCommand(this::curlEnvironment));
        programs.put("nc", new io.fpsh.sim.nettools.NcCommand(this::curlEnvironment));
        programs.put("ip", new io.fpsh.sim.nettools.IpCommand(state));
        programs.put("route", new io.fpsh.sim.nettools.RouteCommand(state));
        programs.put("dig", new io.fpsh.sim.nettools.DigCommand(
                () -> new io.fpsh.tools.nslookup.Dig(resolvConf(), network, state.lab().device().bindVersion())));
        // nettools2: host, ifconfig, ntpq
        programs.put("host", new io.fpsh.sim.nettools.HostCommand(
                () -> new io.fpsh.tools.nslookup.Host(resolvConf(), network, state.lab().device().bindVersion())));
        programs.put("ifconfig", new io.fpsh.sim.nettools.IfconfigCommand(state));
        programs.put("ntpq", new io.fpsh.sim.nettools.NtpqCommand(state));
        return Map.copyOf(programs);
    }

    /** The device's files, as the expert shell sees them. */
    io.fpsh.sim.expert.MapFileSystem files() {
        return files;
    }

    /** The device's files as its state now gives them (a lab reset): what was written since is gone. */
    void resetFiles() {
        files.restore(DeviceFiles.of(state, connector));
    }

    /** Runs a line in the expert shell; {@code cancelledBeforeStart}: its Ctrl-C came while the device set it up. */
    int runExpert(String line, DeviceIo io, java.util.function.BooleanSupplier cancelledBeforeStart) {
        return shell.run(line, io, context, cancelledBeforeStart);
    }

    void cancel() {
        shell.cancel();
    }

    /** Whether the expert shell runs {@code name} as a command on this device. */
    boolean runs(String name) {
        return shell.runs(name, context);
    }

    /** Every command the expert shell runs on this device (what completion must offer). */
    java.util.Set<String> commandNames() {
        return shell.commandNames(context);
    }

    /** A directory's entries relative to the session's working directory; directories get a trailing '/'. */
    List<String> listFiles(FtdSession session, String directory) {
        String path = io.fpsh.sim.expert.SimPaths.resolve(session.directory(), context.home(), directory.isEmpty() ? "." : directory);
        try {
            return files.list(path).stream()
                    .map(name -> files.isDirectory(io.fpsh.sim.expert.SimPaths.resolve(path, context.home(), name)) ? name + "/" : name)
                    .toList();
        } catch (SimFileException e) {
            return List.of();
        }
    }

    /** The device's resolver configuration, read from its /etc/resolv.conf as the C library would. */
    ResolvConf resolvConf() {
        return ResolvConf.parse(DeviceFiles.resolvConf(state));
    }

    /**
     * The device's curl. It ignores {@code configure network http-proxy}: that setting is for the daemons
     * (ActionQueueScrape passes it to its curl, the connector dials through it), and the expert shell exports no
     * {@code https_proxy}, so a user tests the proxy with {@code curl -x}.
     */
    /** A lesson's step: the device's curl got an HTTP answer over TLS from a host an SSE endpoint of the lab serves. */
    private void noteSseAnswer(io.fpsh.tools.curl.CurlResult result) {
        if (result.httpStatus() > 0 && result.tlsProtocol() != null && result.remoteIp() != null
                && new io.fpsh.sim.connector.Reachability(state.lab()).hostByAddress(result.remoteIp())
                        .filter(host -> host.endpoint() != null).isPresent()) {
            state.lessonTrail().walk(io.fpsh.teach.LessonTrail.Step.CURL_SSE);
        }
    }

    CurlEnvironment curlEnvironment() {
        CurlDialect dialect = CurlDialect.forVersion(state.lab().device().curlVersion());
        // glibc's "hosts: files dns": the device's /etc/hosts (localhost, its own name) before its DNS servers
        HostResolver resolver = LocalResolver.filesThenDns(hostsFile(), resolvConf(), deviceNetwork);
        return new CurlEnvironment(deviceNetwork, resolver, new DeviceCurlFiles(files), state.clock(), dialect, "", false);
    }

    private String hostsFile() {
        try {
            return new String(files.read("/etc/hosts"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (SimFileException e) {
            return "";
        }
    }

    Nslookup nslookup() {
        return new Nslookup(resolvConf(), network, state.lab().device().bindVersion());
    }

    @Override
    public void close() {
        shell.cancel();
        if (ownDevice) {
            deviceNetwork.close();
        }
        if (ownNetwork) {
            network.close();
        }
    }

    /**
     * curl's view of the device's files: CA files and directories to read, and -o files written into the simulated
     * file system under /tmp and the home directories (the rest of the device is read-only), at most 8 MiB each so
     * a large download cannot exhaust the host's memory.
     */
    private record DeviceCurlFiles(MapFileSystem files) implements CurlFiles {
        static final int MAX_FILE_BYTES = 8 << 20;
        static final List<String> WRITABLE = io.fpsh.sim.DeviceFiles.WRITABLE_AREAS;

        @Override
        public Optional<byte[]> read(String path) {
            try {
                return Optional.of(files.read(path));
            } catch (SimFileException e) {
                return Optional.empty();
            }
        }

        @Override
        public List<String> list(String directory) {
            try {
                String prefix = directory.endsWith("/") ? directory : directory + "/";
                return files.list(directory).stream().map(name -> prefix + name).toList();
            } catch (SimFileException e) {
                return List.of();
            }
        }

        @Override
        public boolean write(String path, byte[] content) {
            if (!writable(path) || content.length > MAX_FILE_BYTES) {
                return false;
            }
            byte[] stored = content.clone();
            files.putGenerated(path, () -> stored);
            return true;
        }

        @Override
        public Optional<java.io.OutputStream> open(String path) {
            if (!writable(path)) {
                return Optional.empty();
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            return Optional.of(new java.io.OutputStream() {
                @Override
                public void write(int b) throws java.io.IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                    if (content.size() + length > MAX_FILE_BYTES) {
                        throw new java.io.IOException("No space left on device");
                    }
                    content.write(bytes, offset, length);
                }

                @Override
                public void close() throws java.io.IOException {
                    if (!DeviceCurlFiles.this.write(path, content.toByteArray())) {
                        throw new java.io.IOException("write refused: " + path);
                    }
                }
            });
        }

        private boolean writable(String path) {
            String parent = io.fpsh.sim.expert.SimPaths.parent(path);
            return WRITABLE.stream().anyMatch(path::startsWith) && files.isDirectory(parent) && !files.isDirectory(path);
        }
    }
}
