package io.fpsh.sim.run;

import io.fpsh.sim.fxos.FxosInterpreter;
import io.fpsh.sim.StateViews;
import io.fpsh.sim.LabModelAnswers;
import io.fpsh.sim.Banner;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.DeviceState;
import io.fpsh.device.AccountPasswords;
import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.grammar.Grammar;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.clish.ClishInterpreter;
import io.fpsh.sim.lina.LinaInterpreter;

import java.util.Optional;

/** A simulated FTD: the clish and the Linux shell over one {@link DeviceState}, its network started on demand. */
public final class SimulatedFtd implements Device, AccountPasswords, io.fpsh.teach.PlantedLab,
        io.fpsh.device.SupportedModes {
    private final LabFile lab;
    private final DeviceState state;
    private final FtdSession session;
    private final ClishInterpreter clish;
    /** The fleet's lab whose network this device uses, or null: the device starts a network of its own. */
    private final SharedLab sharedLab;
    /** The device this is another session on, whose services it shares; null when this session owns them. */
    private final SimulatedFtd device;
    private LabServices services;
    /** Lines run so far, the one running now (0: none) and the last one a Ctrl-C came for. */
    private final java.util.concurrent.atomic.AtomicLong linesStarted = new java.util.concurrent.atomic.AtomicLong();
    private volatile long runningLine;
    private volatile long cancelledLine;
    /** A fleet's device: what makes it itself over the lab (name, address, hardware), planted again by a reset. */
    private Runnable fleetIdentity = () -> { };
    /** Released by {@link #close()}: a hung command ({@link LabFile#hangs()}) waits for it, or for an interrupt. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    public SimulatedFtd(LabFile lab) {
        this(lab, LabClock.fromEnvironment(lab.clock().start()));
    }

    /** A device on a clock of the caller's: a test moves lab time on with {@link LabClock#advance}. */
    public SimulatedFtd(LabFile lab, LabClock clock) {
        this(lab, new DeviceState(lab, clock), null);
    }

    /** A device of a fleet: its own name, management address and hardware, the fleet's clock and network. */
    SimulatedFtd(SharedLab sharedLab, String hostname, DeviceState.Ipv4 management, DeviceState.Hardware hardware) {
        this(sharedLab.lab(), new DeviceState(sharedLab.lab(), sharedLab.clock()), sharedLab);
        this.fleetIdentity = () -> {
            state.setHostname(hostname);
            state.setIpv4(management);
            state.setHardware(hardware);
        };
        fleetIdentity.run();
    }

    private SimulatedFtd(LabFile lab, DeviceState state, SharedLab sharedLab) {
        this.lab = lab;
        this.state = state;
        this.sharedLab = sharedLab;
        this.device = null;
        this.session = new FtdSession(state);
        this.session.attachFiles(() -> services().files());
        this.clish = new ClishInterpreter(Grammar.ftd(softwareVersion()));
    }

    /** Another login on {@code device}: the same state, files and network; its own mode, history and sudo ticket. */
    private SimulatedFtd(SimulatedFtd device) {
        this.lab = device.lab;
        this.state = device.state;
        this.sharedLab = device.sharedLab;
        this.device = device;
        this.fleetIdentity = device.fleetIdentity;
        this.session = new FtdSession(state);
        this.session.attachFiles(() -> services().files());
        this.clish = new ClishInterpreter(Grammar.ftd(softwareVersion()));
    }

    /**
     * A new session on this device, as a second SSH login is on a real box. Closing it ends only that session;
     * closing this device stops what all its sessions use.
     */
    public SimulatedFtd openSession() {
        return new SimulatedFtd(this);
    }

    public DeviceState state() {
        return state;
    }

    /**
     * What the engineer knows of this lab's site ({@code site-dns}, {@code site-proxy}: the lab file's {@code site}
     * map), for a playbook run's {@code TargetSession}. It may hold the proxy's password: a param, never a report.
     */
    @Override
    public java.util.Map<String, String> siteParams() {
        return lab.site();
    }

    /** This lab's answers to the probes, from its state: instant, and without side effects on the session. */
    public io.fpsh.probe.ModelAnswers model() {
        return new LabModelAnswers(state);
    }

    // --- a lab as a lesson (io.fpsh.teach) ---

    @Override
    public <T> Optional<T> feature(Class<T> kind) {
        if (kind == io.fpsh.world.StandIns.class) {
            // the world around the lab's device (issue 12 §3): :fmc, :sse, :smart-account on its state
            return Optional.of(kind.cast(new io.fpsh.sim.world.WorldStandIns(state)));
        }
        if (kind == io.fpsh.teach.LabPath.class) { // the stand-ins (:net): only a device alone in its lab's network
            return sharedLab == null ? Optional.of(kind.cast(new StatePath(lab, state))) : Optional.empty();
        }
        if (kind == io.fpsh.teach.LessonTrail.class) {
            return Optional.of(kind.cast(state.lessonTrail())); // the front ends note the keys' steps (? and Tab)
        }
        return kind == io.fpsh.teach.PlantedLab.class ? Optional.of(kind.cast(this)) : Optional.empty();
    }

    @Override
    public LabFile lab() {
        return lab;
    }

    /**
     * The state as planted, the files rebuilt from it, and lab time back to its start unless the clock is a fleet's
     * (shared by its devices: a fleet device's reset leaves time running). Every session on the device sees it.
     */
    @Override
    public void resetToPlanted() {
        SimulatedFtd owner = device != null ? device : this;
        synchronized (owner) {
            if (sharedLab == null) {
                state.clock().rewind();
            }
            state.reset();
            fleetIdentity.run();
            if (owner.services != null) {
                owner.services.resetFiles();
            }
        }
    }

    /** The lab's accounts; LINA's enable password is empty, as on an FTD out of the box. */
    @Override
    public Optional<String> passwordOf(String user) {
        return user.equals(LINA_ENABLE) ? Optional.of("") : Optional.ofNullable(state.passwordOf(user));
    }

    /** The lab network's time: the device's clock less the lab's {@code deviceSkewDays}. */
    @Override
    public java.time.Instant referenceTime() {
        return StateViews.referenceTime(state, state.clock().now());
    }

    /**
     * Every mode of the FTD; FXOS's only on an appliance (a lab whose device has an {@code fxosVersion}); a management
     * center's clish, expert and root only (it has no LINA to attach to, issue 11 §3).
     */
    @Override
    public java.util.Set<Mode> supportedModes() {
        if (lab.device().isFmc()) {
            return java.util.EnumSet.of(Mode.CLISH, Mode.EXPERT, Mode.ROOT);
        }
        java.util.Set<Mode> modes = java.util.EnumSet.allOf(Mode.class);
        if (!lab.device().hasFxos()) {
            modes.removeIf(Mode::isFxos);
        }
        return modes;
    }

    @Override
    public String banner() {
        return Banner.of(lab.device());
    }

    @Override
    public Mode mode() {
        return session.mode();
    }

    @Override
    public String prompt() {
        return session.prompt();
    }

    @Override
    public int run(String line, DeviceIo io) {
        if (!session.isOpen()) {
            return 1;
        }
        if (lab.hangsOn(line)) {
            return hang();
        }
        long thisLine = linesStarted.incrementAndGet();
        runningLine = thisLine;
        try {
            return switch (session.mode()) {
                case CLISH -> clish.run(line, session, io);
                case DIAGNOSTIC, DIAGNOSTIC_ENABLE -> LinaInterpreter.standard().run(line, session, io);
                case EXPERT, ROOT -> services().runExpert(line, io, () -> cancelledLine == thisLine);
                case FXOS, FXOS_LOCAL_MGMT -> FxosInterpreter.standard().run(line, session, io);
            };
        } finally {
            runningLine = 0;
            io.out().flush();
            io.err().flush();
        }
    }

    /**
     * A command of the lab's {@code hangs}: no output and no prompt until the session is closed or its thread
     * interrupted (an SSH channel torn down); {@link #cancel()} (Ctrl-C) does not reach it, as on a hung box.
     */
    private int hang() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 1;
    }

    /** The network, files and Linux shell start with the first expert line: clish commands need none of them. */
    private synchronized LabServices services() {
        if (services == null) {
            services = device != null ? device.services().anotherSession(session)
                    : sharedLab == null ? new LabServices(session) : new LabServices(session, sharedLab.network());
        }
        return services;
    }

    @Override
    public void cancel() {
        // remembered for the line running now: the first expert line starts the network, files and shell before the
        // shell has a run to cancel, and a Ctrl-C meanwhile (fpsh serve under load, DriverDeadlineOverServeTest) was lost
        long line = runningLine;
        if (line != 0) {
            cancelledLine = line;
        }
        clish.cancel();
        LabServices running;
        synchronized (this) {
            running = services;
        }
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    public java.util.List<String> listFiles(String directory) {
        return services().listFiles(session, directory);
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public String targetName() {
        return "lab:" + lab.name();
    }

    /** The lab's version: its grammar leaves out the commands of later versions (and an FMC's has the FMC's). */
    @Override
    public String softwareVersion() {
        // a management center's commands are the FMC's, not the FTD's (issue 11 §3)
        return lab.device().isFmc() ? Grammar.fmcVersion(lab.device().version()) : lab.device().version();
    }

    @Override
    public synchronized void close() {
        closed.countDown();
        if (services != null) {
            services.close();
        }
    }
}
