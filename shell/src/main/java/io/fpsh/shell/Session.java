package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.TargetException;
import io.fpsh.drive.Credentials;

/** The device a front end talks to, which {@code :target} may replace while the shell runs. */
public final class Session implements AutoCloseable {
    /** Whose front end this is: what {@link ShellCommands} lets its own commands do. */
    public enum FrontEnd {
        /** fpsh run by its user (interactive, piped, -c): every own command. */
        LOCAL,
        /** A shell {@code fpsh serve} gives an SSH client: someone else's server, only commands that stay on the device. */
        SERVED
    }

    private final DeviceOpener opener;
    private final SshConnect ssh;
    private final FrontEnd frontEnd;
    private volatile Device device;
    /** Passwords typed for this device's moves, asked once; forgotten with the device (another box, other passwords). */
    private Credentials typed;
    /** How many of the lab's hints {@code :lab hint} gave this session; a new device starts again at none. */
    private volatile int hintsGiven;
    /** The status of the last own command ({@code :run}'s verdict as {@code fpsh run} exits; 0 for the others). */
    private volatile int ownCommandStatus;
    /** A classroom student's rules and hints (issue 12 §6); null for any other session. */
    private StudentRules student;

    Session(DeviceOpener opener, Device device) {
        this(opener, device, SshConnect.defaults());
    }

    Session(DeviceOpener opener, Device device, SshConnect ssh) {
        this(opener, device, ssh, FrontEnd.LOCAL);
    }

    private Session(DeviceOpener opener, Device device, SshConnect ssh, FrontEnd frontEnd) {
        this.opener = opener;
        this.device = device;
        this.ssh = ssh;
        this.frontEnd = frontEnd;
    }

    /** The session of a served shell: its one device, never replaced; the channel that opened it closes it. */
    public static Session served(Device device) {
        return new Session(spec -> {
            throw new TargetException("a served shell opens no other target");
        }, device, SshConnect.defaults(), FrontEnd.SERVED);
    }

    /** The served shell of a classroom student: {@code rules} decide their own commands and keep their hints. */
    public static Session served(Device device, StudentRules rules) {
        Session session = served(device);
        session.student = rules;
        return session;
    }

    /** The classroom student's rules, or null. */
    StudentRules student() {
        return student;
    }

    FrontEnd frontEnd() {
        return frontEnd;
    }

    static Session open(DeviceOpener opener, String spec, SshConnect ssh) throws FpshException {
        return new Session(opener, openOrFail(opener, spec), ssh);
    }

    /** How {@code :connect} connects: the keys and known_hosts of {@code fpsh connect}, else OpenSSH's defaults. */
    SshConnect ssh() {
        return ssh;
    }

    Device device() {
        return device;
    }

    /**
     * The passwords a probe's moves ask for (sudo's, LINA's enable): the lab's own accounts, else asked through
     * {@code io} (the front end's, echo off) the first time each is needed and kept while this device stays open.
     */
    synchronized Credentials credentials(DeviceIo io) {
        if (typed == null) {
            typed = Credentials.fromTerminal(io::readPassword);
        }
        return Credentials.fromDevice(device).or(typed);
    }

    /** Opens {@code spec} and, only once that worked, closes the current device and keeps the new one. */
    void switchTarget(String spec) throws FpshException {
        switchTo(openOrFail(opener, spec));
    }

    /** Keeps {@code opened}, already connected by the caller, and closes the current device. */
    void switchTo(Device opened) {
        Device previous = device;
        synchronized (this) {
            device = opened;
            typed = null;
            hintsGiven = 0;
        }
        previous.close();
    }

    private static Device openOrFail(DeviceOpener opener, String spec) throws FpshException {
        try {
            return opener.open(spec);
        } catch (TargetException e) {
            throw FpshException.usage(e.getMessage());
        }
    }

    @Override
    public void close() {
        device.close();
    }

    int hintsGiven() {
        return student != null ? student.hintsGiven() : hintsGiven;
    }

    void hintsGiven(int given) {
        if (student != null) {
            student.hintsGiven(given);
        }
        hintsGiven = given;
    }

    int ownCommandStatus() {
        return ownCommandStatus;
    }

    void ownCommandStatus(int status) {
        ownCommandStatus = status;
    }
}
