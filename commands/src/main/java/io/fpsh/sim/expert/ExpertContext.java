package io.fpsh.sim.expert;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the expert shell needs from the simulated device. The simulator implements it over its device model;
 * the shell reads everything through it and never looks at the host it runs on.
 */
public interface ExpertContext {

    /** The device's simulated file system. */
    SimFileSystem fileSystem();

    /** The logged-in user, {@code admin} or {@code root}. */
    String user();

    /** The user's home directory, e.g. {@code /home/admin} or {@code /root}. */
    String home();

    /** The device's hostname, e.g. {@code ftd01}. */
    String hostname();

    /** The working directory, absolute and normalised. */
    String workingDirectory();

    /** Moves the working directory; the shell has already checked that {@code absolutePath} is a directory. */
    void changeWorkingDirectory(String absolutePath);

    /** The lab's clock (it may be frozen or shifted for a scenario). */
    Supplier<ZonedDateTime> clock();

    /** Processes and pmtool daemons. */
    ProcessTable processes();

    /** Open sockets, as netstat and lsof see them. */
    SocketTable sockets();

    /**
     * A command the shell does not implement itself (curl, nslookup, sudo, su, exit, logout...), or empty when
     * the device has no such command: the shell then prints {@code -bash: NAME: command not found}.
     */
    Optional<ExternalCommand> externalCommand(String name);

    /**
     * The prefix of the Firepower software's tree: {@code /ngfw} on an FTD (the default), empty on a management
     * center, whose files sit at the same paths without it (facts 2.3, B5).
     */
    default String firepowerRoot() {
        return "/ngfw";
    }

    /**
     * False for a shell builtin this device does not have, which then runs as {@link #externalCommand} (or is not
     * found): the local target has no processes or daemons of its own for ps, pmtool, netstat and lsof to show.
     */
    default boolean offersBuiltin(String name) {
        return true;
    }

    /**
     * When the box booted (uptime, top, /ngfw/var/log/messages): by default 01:27 six days before the clock's
     * day [UNVERIFIED: a plausible uptime].
     */
    default ZonedDateTime bootTime() {
        ZonedDateTime now = clock().get();
        return now.toLocalDate().atStartOfDay(now.getZone()).minusDays(6).plusHours(1).plusMinutes(27);
    }

    /** True when standard output is a terminal (ls prints columns, not one name per line). */
    default boolean outputIsTerminal() {
        return false;
    }

    /** The pid {@code $$} expands to; a new pid is a new shell, with variables of its own. */
    default int shellPid() {
        return 4242;
    }

    /**
     * {@code $UID}: root's 0, and 1000 for the login user, the usual first user of a Linux system (the FTD's
     * real uid for admin is not known).
     */
    default int uid() {
        return user().equals("root") ? 0 : 1000;
    }

    /** {@code $TERM}: what a usual SSH client announces; the simulation does not read the host's. */
    default String terminalType() {
        return "xterm-256color";
    }

    /** The home directory {@code ~name} stands for, or empty for a user the device does not have. */
    default Optional<String> homeOf(String name) {
        if (name.equals("root")) {
            return Optional.of("/root");
        }
        if (name.equals(user())) {
            return Optional.of(home());
        }
        // the simulation keeps no password database: a user is one with a directory under /home
        String home = "/home/" + name;
        return name.contains("/") || !fileSystem().isDirectory(home) ? Optional.empty() : Optional.of(home);
    }
}
