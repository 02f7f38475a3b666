package io.fpsh.ssh;

import io.fpsh.device.CommandDeadline;
import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.device.SessionFailure;
import io.fpsh.device.StatusQuery;
import io.fpsh.device.TargetException;

/**
 * An SSH target that connects at its first command, so the password can be asked through that command's
 * {@link DeviceIo}. Until then it shows the clish prompt an FTD starts at. The login banner is not printed into
 * that command's output ({@code fpsh -c} prints output only); {@link #banner()} has it once connected.
 */
final class DeferredSshFtd implements Device, CommandDeadline, StatusQuery {
    private static final int CONNECTION_FAILED = 255;

    private final String spec;
    private volatile SshFtd connected;
    private volatile boolean failed;
    /** A deadline handed over before the connection was made: the connection gets it. */
    private volatile java.time.Duration pendingDeadline;
    /** Set by {@link #close()}; a connection that arrives after it is closed at once. */
    private volatile boolean closed;

    DeferredSshFtd(String spec) {
        this.spec = spec;
    }

    @Override
    public String banner() {
        return connected == null ? "" : connected.banner();
    }

    @Override
    public Mode mode() {
        return connected == null ? Mode.CLISH : connected.mode();
    }

    @Override
    public String prompt() {
        return connected == null ? "> " : connected.prompt();
    }

    /** A status question to spare before the connection exists: handed on with the line it was meant for. */
    private boolean skipStatusQuery;

    @Override
    public void skipNextStatusQuery() {
        skipStatusQuery = true;
    }

    @Override
    public int run(String line, DeviceIo io) {
        boolean skip = skipStatusQuery;
        skipStatusQuery = false;
        if (connected == null) {
            if (failed || closed) {
                io.sessionFailed(SessionFailure.CONNECTION_LOST, "not connected to " + targetName());
                return CONNECTION_FAILED;
            }
            try {
                connected = connect(io);
            } catch (TargetException e) {
                failed = true;
                io.err().println("fpsh: " + e.getMessage());
                io.err().flush();
                // OpenSSH's changed-key warning is many lines; its last one says what happened
                io.sessionFailed(SessionFailure.CONNECTION_LOST,
                        e.getMessage().strip().lines().reduce((first, second) -> second).orElse("cannot connect"));
                return CONNECTION_FAILED;
            }
            if (closed) {
                // closed while the connection was being made (a driver giving up): it must not stay open
                connected.close();
                io.sessionFailed(SessionFailure.CONNECTION_LOST, "the session to " + targetName() + " was closed");
                return CONNECTION_FAILED;
            }
        }
        if (skip) {
            connected.skipNextStatusQuery();
        }
        return connected.run(line, io);
    }

    /**
     * Opens the connection, waiting for its first prompt no longer than the deadline handed over, if any: a driver
     * with less time left than the default must not wait for a silent device past its own deadline.
     */
    private SshFtd connect(DeviceIo io) throws TargetException {
        SshOptions options = SshTargets.options(spec, question -> {
            String typed = io.readPassword(question);
            return typed == null ? null : typed.toCharArray();
        });
        java.time.Duration pending = pendingDeadline;
        pendingDeadline = null;
        return SshFtd.connect(pending == null ? options : options.withCommandDeadline(pending));
    }

    /** The connection's; before it is made, the one it will get (SshTargets' default unless one was handed over). */
    @Override
    public java.time.Duration commandDeadline() {
        SshFtd device = connected;
        java.time.Duration pending = pendingDeadline;
        return device != null ? device.commandDeadline() : pending != null ? pending : SshOptions.DEFAULT_DEADLINE;
    }

    @Override
    public void setCommandDeadline(java.time.Duration deadline) {
        SshFtd device = connected;
        if (device != null) {
            device.setCommandDeadline(deadline);
        } else {
            pendingDeadline = deadline;
        }
    }

    @Override
    public void cancel() {
        SshFtd device = connected;
        if (device != null) {
            device.cancel();
        }
    }

    @Override
    public boolean isOpen() {
        SshFtd device = connected;
        return device == null ? !failed && !closed : device.isOpen();
    }

    @Override
    public String targetName() {
        SshFtd device = connected;
        if (device != null) {
            return device.targetName();
        }
        return spec.endsWith(":22") ? spec.substring(0, spec.length() - 3) : spec;
    }

    @Override
    public void close() {
        closed = true; // before reading connected: run() sets connected, then reads closed
        SshFtd device = connected;
        if (device != null) {
            device.close();
        }
    }
}
