package io.fpsh.shell.serve;

import io.fpsh.device.TargetException;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.LabDevices;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fpsh serve}: an SSH server (Apache MINA SSHD) in front of simulated FTDs. Every connection gets its own copy
 * of the lab unless the settings ask for one shared device, or for a fleet of devices chosen by the login name.
 */
public final class FtdSshServer implements AutoCloseable {
    private final SshServer server;
    private final DeviceSource devices;
    private final String hostKeyFingerprint;
    private final ServeSettings settings;
    private final String hostKeyText;
    private final GuardedLogins guard;
    /** Under --classroom, the class folder (told when the server stops); null otherwise. */
    private io.fpsh.shell.classroom.ClassFolder classFolder;

    private FtdSshServer(SshServer server, DeviceSource devices, String hostKeyFingerprint, ServeSettings settings,
                         String hostKeyText, GuardedLogins guard) {
        this.guard = guard;
        this.server = server;
        this.devices = devices;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.settings = settings;
        this.hostKeyText = hostKeyText;
    }

    /** Checks the settings, then listens; fails with one line for the user before anything is bound. */
    public static FtdSshServer start(ServeSettings settings) throws ServeException {
        return start(settings, ServeLimits.DEFAULTS);
    }

    /** The same with these limits on logins and sessions instead of the defaults. */
    public static FtdSshServer start(ServeSettings settings, ServeLimits limits) throws ServeException {
        return start(settings, limits, lab -> devices(settings, lab));
    }

    /** Where a server gets its sessions' devices from, once its lab is read. */
    @FunctionalInterface
    interface DeviceSources {
        DeviceSource of(LabFile lab) throws ServeException;
    }

    /**
     * The same server with its sessions' devices from {@code sources}: a test that must read the served device's own
     * state (its model's answers) hands in a source that keeps hold of the devices it opens.
     */
    static FtdSshServer start(ServeSettings settings, DeviceSources sources) throws ServeException {
        return start(settings, ServeLimits.DEFAULTS, sources);
    }

    static FtdSshServer start(ServeSettings settings, ServeLimits limits, DeviceSources sources) throws ServeException {
        checkFleet(settings);
        InetAddress bind = address(settings.bind());
        LabFile lab = readLab(settings.labSpec());
        List<LabFile> labs = new ArrayList<>();
        for (String spec : settings.labsInTurn()) {
            labs.add(readLab(spec));
        }
        GuardedLogins logins = new GuardedLogins(logins(settings, bind, labs), limits, new SourcePenalties(limits));
        SimpleGeneratorHostKeyProvider hostKey = HostKey.load(settings.home());
        DeviceSource devices = sources.of(lab);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(bind.getHostAddress());
        server.setPort(settings.port());
        server.setKeyPairProvider(hostKey);
        // Nagle plus delayed ACK costs about 40 ms per interactive round trip (stack notes §2).
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        server.setPasswordAuthenticator(logins);
        server.setPublickeyAuthenticator(logins);
        contain(server, logins, limits);
        server.setShellFactory(channel -> new ShellChannel(devices, limits));
        server.setCommandFactory((channel, command) -> new ExecChannel(devices, command, limits));
        try {
            server.start();
        } catch (IOException e) {
            devices.close();
            logins.close();
            throw new ServeException("cannot listen on " + settings.bind() + " port " + settings.port() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return new FtdSshServer(server, devices, HostKey.fingerprint(hostKey), settings, HostKey.publicKeyText(hostKey),
                logins);
    }

    /**
     * What a guessing or flooding client meets before it reaches a device: an address under penalty is refused at
     * once (its connection closed before any login, as sshd's PerSourcePenalties does), password tries per
     * connection are capped by the guard, and one login name holds a bounded number of sessions.
     */
    private static void contain(SshServer server, GuardedLogins logins, ServeLimits limits) {
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                // closed at once: MINA's accept listener cannot refuse without leaving the socket open
                if (logins.refuses(session.getIoSession().getRemoteAddress())) {
                    session.close(true);
                }
            }
        });
        // the guard closes the connection at its own count; MINA's cap stays above it for the none and key tries
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, limits.maxAuthTries() + 20);
        CoreModuleProperties.MAX_CONCURRENT_SESSIONS.set(server, limits.sessionsPerUser());
    }

    // --- classroom (issue 12 §6) ---
    /**
     * {@code fpsh serve --classroom ROSTER --dir DIR}: the settings' users file is the roster (the --users format,
     * every user a student); each student gets their own device of the lab, drawn from their own seed, and their
     * sessions' recordings and progress go to {@code classDir}. The lab must have a teaching part.
     */
    public static FtdSshServer startClassroom(ServeSettings settings, Path classDir) throws ServeException {
        return startClassroom(settings, ServeLimits.DEFAULTS, classDir);
    }

    /** The same with these limits on logins and sessions: students meet the served shell's containment too. */
    public static FtdSshServer startClassroom(ServeSettings settings, ServeLimits limits, Path classDir) throws ServeException {
        if (settings.usersFile() == null) {
            throw new ServeException("--classroom needs the roster file");
        }
        Roster roster = Roster.read(settings.usersFile());
        StudentLabs studentLabs = StudentLabs.of(settings.labSpec());
        LabFile lab = readLab(settings.labSpec());
        io.fpsh.teach.Lesson lesson = io.fpsh.teach.Lesson.of(lab).orElseThrow(() -> new ServeException(
                "--classroom: lab " + lab.name() + " has no teaching part (fpsh lab show " + lab.name() + ")"));
        io.fpsh.shell.classroom.ClassFolder folder;
        try {
            folder = io.fpsh.shell.classroom.ClassFolder.create(classDir);
            folder.writeClass(new io.fpsh.shell.classroom.ClassInfo(lab.name(), lesson.title(),
                    lesson.objectives().stream().map(io.fpsh.teach.ObjectiveSentence::of).toList(),
                    lesson.hints().size(), roster.students()));
        } catch (io.fpsh.shell.classroom.ClassroomException e) {
            throw new ServeException(e.getMessage());
        }
        FtdSshServer server = start(settings, limits, l -> new ClassroomDevices(roster, folder, studentLabs));
        server.classFolder = folder;
        folder.serverStarted(server.port());
        return server;
    }
    // --- end classroom ---

    private static void checkFleet(ServeSettings settings) throws ServeException {
        if (settings.fleet() != 0 && settings.shared()) {
            throw new ServeException(
                    "--fleet and --shared do not go together: each fleet device is already shared by its sessions");
        }
        if (settings.fleet() != 0) {
            ServeSettings.checkFleetSize(settings.fleet());
        }
    }

    private static InetAddress address(String bind) throws ServeException {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ServeException("--bind " + bind + ": not an address of this host");
        }
    }

    private static LabFile readLab(String labSpec) throws ServeException {
        try {
            return LabDevices.read(labSpec.startsWith("lab:") ? labSpec.substring(4) : labSpec);
        } catch (TargetException e) {
            throw new ServeException(e.getMessage());
        }
    }

    private static Logins logins(ServeSettings settings, InetAddress bind, List<LabFile> labs) throws ServeException {
        Logins accounts = accounts(settings, bind, labs);
        return settings.fleet() > 0 ? new FleetLogins(accounts) : accounts;
    }

    private static Logins accounts(ServeSettings settings, InetAddress bind, List<LabFile> labs) throws ServeException {
        if (settings.usersFile() != null) {
            return UsersFile.read(settings.usersFile());
        }
        if (!bind.isLoopbackAddress()) {
            // The lab's password is public (Admin123): off the loopback anyone could log in.
            throw new ServeException("refusing to serve on " + settings.bind()
                    + " with the lab's published password: give --users FILE, or bind to 127.0.0.1");
        }
        // a fleet of several labs: an account of any of them (the shipped labs all have admin/Admin123)
        return new LabAccountLogins(labs.stream().flatMap(l -> l.device().accounts().stream()).distinct().toList());
    }

    private static DeviceSource devices(ServeSettings settings, LabFile lab) throws ServeException {
        if (settings.fleet() > 0) {
            List<LabFile> labs = new ArrayList<>();
            for (String spec : settings.labsInTurn()) {
                labs.add(readLab(spec));
            }
            return new FleetDevices(labs, settings.fleet());
        }
        if (!settings.shared()) {
            return DeviceSource.perSession(settings.labSpec());
        }
        try {
            return DeviceSource.shared(settings.labSpec());
        } catch (TargetException e) {
            throw new ServeException(e.getMessage());
        }
    }

    /** The port listened on (the one picked when the settings said 0). */
    public int port() {
        return server.getPort();
    }

    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /** What a login reaches, for the start line. */
    public String devicesServed() {
        if (classFolder != null) {
            return "a device per student of the roster, progress and recordings in " + classFolder.path();
        }
        if (settings.fleet() > 0) {
            return "a fleet of " + settings.fleet() + " devices " + FleetNames.hostname(1) + " to "
                    + FleetNames.hostname(settings.fleet()) + " chosen by the login name (e.g. admin%"
                    + FleetNames.hostname(1) + ")" + (settings.labsInTurn().size() > 1
                    ? ", the labs " + String.join(", ", settings.labsInTurn()) + " in turn" : "");
        }
        return settings.shared() ? "one shared device" : "a copy of the lab per session";
    }

    /** The line of an OpenSSH known_hosts file that trusts this server at {@code host}: {@code [host]:port key}. */
    public String knownHostsLine(String host) {
        return (port() == 22 ? host : "[" + host + "]:" + port()) + " " + hostKeyText;
    }

    /** Stops listening, closes every session and, under --shared or --fleet, the devices. */
    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            // stopping anyway: nothing left to do
        } finally {
            devices.close();
            guard.close();
            if (classFolder != null) {
                classFolder.serverStopped();
            }
        }
    }
}
