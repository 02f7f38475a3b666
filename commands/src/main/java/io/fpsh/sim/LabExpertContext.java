package io.fpsh.sim;

import io.fpsh.device.Mode;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.expert.ExpertContext;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.InetSocket;
import io.fpsh.sim.expert.PmtoolDaemon;
import io.fpsh.sim.expert.ProcessTable;
import io.fpsh.sim.expert.SimFileSystem;
import io.fpsh.sim.expert.SimProcess;
import io.fpsh.sim.expert.SocketTable;
import io.fpsh.sim.expert.UnixSocket;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The expert shell's view of the simulated device: its files, processes and sockets, all read from the state. */
public final class LabExpertContext implements ExpertContext {
    private final FtdSession session;
    private final SimFileSystem fileSystem;
    private final DeviceTables tables;
    private final Map<String, ExternalCommand> externals;

    public LabExpertContext(FtdSession session, SimFileSystem fileSystem, ConnectorActivity connector, Map<String, ExternalCommand> externals) {
        this.session = session;
        this.fileSystem = fileSystem;
        this.tables = new DeviceTables(session.state(), connector);
        this.externals = externals;
    }

    @Override public SimFileSystem fileSystem() { return fileSystem; }

    @Override public String user() { return session.user(); }

    @Override public String home() { return session.mode() == Mode.ROOT ? "/root" : "/home/" + session.state().loginUser(); }

    @Override public String hostname() { return session.state().hostname(); }

    @Override public int shellPid() { return session.shellPid(); }

    @Override public String workingDirectory() { return session.directory(); }

    @Override public void changeWorkingDirectory(String absolutePath) { session.setDirectory(absolutePath); }

    @Override public Supplier<ZonedDateTime> clock() {
        return () -> session.state().clock().now().atZone(ZoneOffset.UTC);
    }

    @Override public ZonedDateTime bootTime() { return MessagesLog.bootTime(session.state()).atZone(ZoneOffset.UTC); }

    @Override public ProcessTable processes() {
        return new ProcessTable() {
            @Override public List<SimProcess> all() { return LabExpertContext.this.processList(); }

            @Override public List<PmtoolDaemon> daemons() { return LabExpertContext.this.daemons(); }

            @Override public boolean restart(String name) { return session.state().restartDaemon(name); }

            @Override public boolean disable(String name) { return session.state().disableDaemon(name); }

            @Override public boolean enable(String name) { return session.state().enableDaemon(name); }
        };
    }

    @Override public SocketTable sockets() {
        return new SocketTable() {
            @Override public List<InetSocket> inet() { return LabExpertContext.this.inetSockets(); }

            @Override public List<UnixSocket> unix() { return LabExpertContext.this.unixSockets(); }
        };
    }

    @Override public String firepowerRoot() {
        return DevicePaths.root(session.state().lab().device());
    }

    @Override public Optional<ExternalCommand> externalCommand(String name) {
        return Optional.ofNullable(externals.get(name));
    }

    List<SimProcess> processList() {
        return DeviceProcesses.of(session.state(), tables);
    }

    List<PmtoolDaemon> daemons() {
        return tables.daemons();
    }

    List<InetSocket> inetSockets() {
        return tables.inetSockets();
    }

    List<UnixSocket> unixSockets() {
        return tables.unixSockets();
    }
}
