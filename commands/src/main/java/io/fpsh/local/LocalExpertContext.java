package io.fpsh.local;

import io.fpsh.sim.expert.ExpertContext;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.InetSocket;
import io.fpsh.sim.expert.PmtoolDaemon;
import io.fpsh.sim.expert.ProcessTable;
import io.fpsh.sim.expert.SimFileSystem;
import io.fpsh.sim.expert.SimProcess;
import io.fpsh.sim.expert.SocketTable;
import io.fpsh.sim.expert.UnixSocket;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The expert shell's view of the operator's machine: its user, host and clock, the two system files of
 * {@link LocalFileSystem}, and only the commands plugged in by {@link LocalMachine}. The builtins that show an
 * FTD's processes and sockets (ps, pmtool, netstat, lsof) are not found: they would show nothing of the host.
 */
final class LocalExpertContext implements ExpertContext, ProcessTable, SocketTable {

    private static final Set<String> DEVICE_BUILTINS = Set.of("ps", "pmtool", "netstat", "lsof");

    private final HostIdentity identity;
    private final SimFileSystem files;
    private final Map<String, ExternalCommand> commands;
    private volatile String workingDirectory;

    LocalExpertContext(HostIdentity identity, SimFileSystem files, Map<String, ExternalCommand> commands) {
        this.identity = identity;
        this.files = files;
        this.commands = Map.copyOf(commands);
        this.workingDirectory = identity.startDirectory();
    }

    @Override public SimFileSystem fileSystem() { return files; }
    @Override public String user() { return identity.user(); }
    @Override public String home() { return identity.home(); }
    @Override public String hostname() { return identity.hostname(); }
    @Override public String workingDirectory() { return workingDirectory; }
    @Override public void changeWorkingDirectory(String absolutePath) { workingDirectory = absolutePath; }
    @Override public Supplier<ZonedDateTime> clock() { return ZonedDateTime::now; }
    @Override public ProcessTable processes() { return this; }
    @Override public SocketTable sockets() { return this; }
    @Override public Optional<ExternalCommand> externalCommand(String name) {
        return Optional.ofNullable(commands.get(name));
    }
    @Override public boolean offersBuiltin(String name) { return !DEVICE_BUILTINS.contains(name); }
    @Override public List<SimProcess> all() { return List.of(); }
    @Override public List<PmtoolDaemon> daemons() { return List.of(); }
    @Override public List<InetSocket> inet() { return List.of(); }
    @Override public List<UnixSocket> unix() { return List.of(); }
}
