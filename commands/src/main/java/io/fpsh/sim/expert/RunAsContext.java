package io.fpsh.sim.expert;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The device as a program run for another user sees it ({@code sudo CMD}, {@code su -c CMD}): the same files,
 * processes and sockets, another user and home, and a working directory of its own, as a child process has (its
 * {@code cd} leaves the caller's shell where it was).
 */
public final class RunAsContext implements ExpertContext {
    private final ExpertContext device;
    private final String user;
    private final String home;
    private volatile String workingDirectory;

    public RunAsContext(ExpertContext device, String user, String home, String workingDirectory) {
        this.device = device;
        this.user = user;
        this.home = home;
        this.workingDirectory = workingDirectory;
    }

    @Override public SimFileSystem fileSystem() { return device.fileSystem(); }
    @Override public String user() { return user; }
    @Override public String home() { return home; }
    @Override public String hostname() { return device.hostname(); }
    @Override public String workingDirectory() { return workingDirectory; }
    @Override public void changeWorkingDirectory(String absolutePath) { workingDirectory = absolutePath; }
    @Override public Supplier<ZonedDateTime> clock() { return device.clock(); }
    @Override public ProcessTable processes() { return device.processes(); }
    @Override public SocketTable sockets() { return device.sockets(); }
    @Override public Optional<ExternalCommand> externalCommand(String name) { return device.externalCommand(name); }
    @Override public boolean offersBuiltin(String name) { return device.offersBuiltin(name); }
    @Override public boolean outputIsTerminal() { return device.outputIsTerminal(); }
    @Override public int shellPid() { return device.shellPid(); }
}
