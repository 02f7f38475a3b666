package io.fpsh.sim.expert;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A ready-made {@link ExpertContext} over mutable lists, for a simulator that does not need its own: set the user
 * (e.g. after {@code sudo su -}), add processes, daemons and sockets, plug commands in by name.
 */
public final class BasicExpertContext implements ExpertContext, ProcessTable, SocketTable {

    private final SimFileSystem fileSystem;
    private final String hostname;
    private final Supplier<ZonedDateTime> clock;
    private final List<SimProcess> processes = new CopyOnWriteArrayList<>();
    private final List<PmtoolDaemon> daemons = new CopyOnWriteArrayList<>();
    private final List<InetSocket> inet = new CopyOnWriteArrayList<>();
    private final List<UnixSocket> unix = new CopyOnWriteArrayList<>();
    private final Map<String, ExternalCommand> commands = new ConcurrentHashMap<>();
    private volatile String user = "admin";
    private volatile String home = "/home/admin";
    private volatile String workingDirectory = "/home/admin";

    public BasicExpertContext(SimFileSystem fileSystem, String hostname, Supplier<ZonedDateTime> clock) {
        this.fileSystem = fileSystem;
        this.hostname = hostname;
        this.clock = clock;
    }

    /** Switches user as {@code sudo su -} does (home and working directory become the user's home). */
    public BasicExpertContext login(String newUser, String newHome) {
        user = newUser;
        home = newHome;
        workingDirectory = newHome;
        return this;
    }

    public BasicExpertContext command(String name, ExternalCommand command) {
        commands.put(name, command);
        return this;
    }

    public List<SimProcess> processList() {
        return processes;
    }

    public List<PmtoolDaemon> daemonList() {
        return daemons;
    }

    public List<InetSocket> inetList() {
        return inet;
    }

    public List<UnixSocket> unixList() {
        return unix;
    }

    @Override public SimFileSystem fileSystem() { return fileSystem; }
    @Override public String user() { return user; }
    @Override public String home() { return home; }
    @Override public String hostname() { return hostname; }
    @Override public String workingDirectory() { return workingDirectory; }
    @Override public void changeWorkingDirectory(String absolutePath) { workingDirectory = absolutePath; }
    @Override public Supplier<ZonedDateTime> clock() { return clock; }
    @Override public ProcessTable processes() { return this; }
    @Override public SocketTable sockets() { return this; }
    @Override public Optional<ExternalCommand> externalCommand(String name) {
        return Optional.ofNullable(commands.get(name));
    }
    @Override public List<SimProcess> all() { return List.copyOf(processes); }
    @Override public List<PmtoolDaemon> daemons() { return List.copyOf(daemons); }
    @Override public List<InetSocket> inet() { return List.copyOf(inet); }
    @Override public List<UnixSocket> unix() { return List.copyOf(unix); }
}
