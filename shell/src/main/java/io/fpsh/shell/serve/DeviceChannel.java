package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.RawScreen;
import io.fpsh.device.ScreenSize;
import io.fpsh.device.TargetException;
import io.fpsh.shell.Session;
import io.fpsh.shell.ShellCommands;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SSH channel (shell or exec) in front of one device. One thread runs the session and reports its exit status;
 * what the client sends needs none: MINA hands it over on its I/O thread, straight into the {@link TypeAhead}, and a
 * Ctrl-C while a command runs is caught there. With a pty the server is the terminal: it echoes, edits lines and
 * writes CRLF; without one, lines are plain.
 */
abstract class DeviceChannel implements Command, ChannelSessionAware {
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final int CTRL_C = 0x03;
    /**
     * Where a Ctrl-C's echo and cancel run: never on MINA's I/O thread, since writing to a client whose window is
     * full waits for a window adjust only that thread can read. Threads are made on demand and end when idle.
     */
    private static final ExecutorService INTERRUPTS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fpsh-serve-interrupt");
        thread.setDaemon(true);
        return thread;
    });

    private final DeviceSource devices;
    private final ServeLimits limits;
    private final CommandRate rate;
    private final OutputBudget output;
    private final CommandTimeCap time;
    private String login; // set in start(), before the thread that reads it
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exitCallback;
    private Thread worker;
    private volatile Device device;
    /** The served session around the device lines run on: one per channel, so :probe asks a password once. */
    private Session served;
    private Device servedDevice;
    /** True while the device runs a command and is not waiting in a dialog: then Ctrl-C cancels it. */
    private volatile boolean commandRunning;
    private volatile boolean terminal;
    /** True while less or vi has the pty: Ctrl-C is then a key for it, not the command's cancel. */
    private volatile boolean fullScreen;
    private volatile TerminalSize size = TerminalSize.DEFAULT;
    /** A classroom's recording and progress of this session (issue 12 §6); NONE elsewhere. */
    private SessionWatch watch = SessionWatch.NONE;

    protected final TypeAhead typeAhead;
    protected PrintStream screen;
    protected PrintStream errors;
    protected LineEditor editor;

    /** The window the client reported; 0x0 (ssh -tt from a pipe, expect without stty_init) counts as 80x24. */
    record TerminalSize(int columns, int rows) {
        static final TerminalSize DEFAULT = new TerminalSize(80, 24);

        static TerminalSize of(Environment env) {
            int columns = number(env.getEnv().get(Environment.ENV_COLUMNS));
            int rows = number(env.getEnv().get(Environment.ENV_LINES));
            return columns > 0 && rows > 0 ? new TerminalSize(columns, rows) : DEFAULT;
        }

        private static int number(String text) {
            try {
                return text == null ? 0 : Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    DeviceChannel(DeviceSource devices, ServeLimits limits) {
        this.devices = devices;
        this.limits = limits;
        this.rate = new CommandRate(limits);
        this.typeAhead = new TypeAhead(limits.typeAheadBytes());
        this.output = new OutputBudget(limits.outputBytes(), () -> INTERRUPTS.execute(this::cancelCommand));
        this.time = new CommandTimeCap(limits.commandTime(), () -> fullScreen || !commandRunning,
                () -> INTERRUPTS.execute(this::cancelCommand));
    }

    protected final ServeLimits limits() {
        return limits;
    }

    /** Runs the session on the worker thread and returns the exit status for the client. */
    protected abstract int session(Device device) throws InterruptedException;

    /** Runs one line on the device; Ctrl-C meanwhile cancels it. */
    protected final int runCommand(Device device, String line, DeviceIo io) {
        output.startCommand();
        commandRunning = true;
        time.startCommand();
        try {
            return device.run(line, io);
        } finally {
            boolean tooLong = time.endCommand();
            commandRunning = false;
            screen.flush();
            errors.flush();
            if (tooLong) {
                // fpsh's own words, as for the output below: a forgotten command must not hold the server
                errors.println("fpsh: command stopped after " + ServeLimits.typed(time.limit())
                        + ": the time limit per command of this server");
                errors.flush();
            }
            if (output.spent()) {
                output.startCommand();
                // fpsh's own words: no real shell cuts output; the served one must, for the others' sake
                errors.println("fpsh: output stopped after " + OutputBudget.size(output.limit())
                        + ": the limit per command of this server");
                errors.flush();
            }
        }
    }

    /**
     * Runs one line the client typed: fpsh's own {@code :} commands through the one dispatcher, under the served
     * shell's policy ({@code :help} and {@code :probe} only), everything else on the device.
     */
    protected final int runLine(Device device, String line, DeviceIo io) {
        try {
            rate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        try {
            return runTypedLine(device, line, io);
        } finally {
            watch.lineTyped(device, line.isBlank());
        }
    }

    private int runTypedLine(Device device, String line, DeviceIo io) {
        if (!ShellCommands.isOwnCommand(line)) {
            return runCommand(device, line, io);
        }
        if (servedDevice != device) {
            served = watch.rules() == null ? Session.served(device) : Session.served(device, watch.rules());
            servedDevice = device;
        }
        ShellCommands.run(line, served, io);
        screen.flush();
        errors.flush();
        return 0;
    }

    /** Reads an answer to a device dialog; Ctrl-C there ends the dialog instead of cancelling the command. */
    protected final String readDialogAnswer(String prompt, boolean echo) {
        boolean wasRunning = commandRunning;
        commandRunning = false;
        try {
            screen.print(prompt);
            screen.flush();
            LineEditor.Line line = editor.read(echo);
            if (!terminal) {
                screen.print("\n"); // no tty echoed the Enter: end the question's line, as fpsh -c does
                screen.flush();
            }
            return line.ending() == LineEditor.Ending.ENTER ? line.text() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            commandRunning = wasRunning;
        }
    }

    /** The device's side of this channel: output to the client, dialogs answered through the line editor. */
    protected final DeviceIo io() {
        return new DeviceIo() {
            @Override public PrintStream out() { return screen; }

            @Override public PrintStream err() { return errors; }

            @Override public String readPassword(String prompt) { return readDialogAnswer(prompt, false); }

            @Override public String readLine(String prompt) { return readDialogAnswer(prompt, true); }

            @Override public boolean canAskForPasswords() { return terminal || asksPasswordsWithoutTerminal(); }

            @Override public Optional<RawScreen> openScreen() { return fullScreen(); }
        };
    }

    /** The pty for a full-screen program; none without a pty (ssh host CMD, ssh -T). */
    private Optional<RawScreen> fullScreen() {
        if (!terminal) {
            return Optional.empty();
        }
        fullScreen = true;
        return Optional.of(new ServeScreen(typeAhead, screen,
                () -> new ScreenSize(size.columns(), size.rows()), () -> fullScreen = false));
    }

    /**
     * Whether a password question is answered from the input when the client asked for no pty: a shell channel
     * reads it as the next line (as fpsh does from a pipe); an exec request has no terminal for sudo to ask on.
     */
    protected boolean asksPasswordsWithoutTerminal() {
        return true;
    }

    protected final boolean isTerminal() {
        return terminal;
    }

    protected final TerminalSize size() {
        return size;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        login = channel.getSession().getUsername();
        // pty-req sets TERM (and the modes); OpenSSH sends no TERM without a pty.
        terminal = env.getEnv().containsKey(Environment.ENV_TERM) || !env.getPtyModes().isEmpty();
        size = TerminalSize.of(env);
        env.addSignalListener((ch, signal) -> size = TerminalSize.of(env), Signal.WINCH);
        watch = devices.watch(login, size.columns(), size.rows());
        OutputStream capped = output.around(out);
        OutputStream shown = watch.recorded(terminal ? new CrlfOutputStream(capped) : capped);
        screen = new PrintStream(shown, false, StandardCharsets.UTF_8);
        // On a terminal stderr is the same screen; without one it stays apart, as sshd keeps it.
        errors = terminal ? screen : new PrintStream(watch.recorded(output.around(err)), false, StandardCharsets.UTF_8);
        editor = new LineEditor(typeAhead, screen, terminal);
        // a plain thread, so each command runs on a pipeline thread of its own: running one-command lines here
        // (DeepStackThreads) saved ~18 ms CPU per fleet device, but a Ctrl-C's interrupt then reached this thread, which
        // also writes to the channel, and closed the session in the merged build (DriverDeadlineOverServeTest)
        worker = new Thread(this::work, "fpsh-serve-session-" + SESSIONS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
    }

    private void work() {
        int status;
        try {
            device = devices.open(login);
            watch.opened(device);
            status = session(device);
        } catch (TargetException e) {
            errors.println("fpsh: " + e.getMessage());
            status = 1;
        } catch (InterruptedException e) {
            status = 1; // the channel was closed under us
        } catch (RuntimeException e) {
            errors.println("fpsh: internal error: " + e.getClass().getSimpleName());
            status = 70;
        } finally {
            Device opened = device;
            if (opened != null) {
                opened.close();
            }
        }
        screen.flush();
        errors.flush();
        watch.closed();
        exitCallback.onExit(status);
    }

    /**
     * Takes the client's input instead of a piped stream (MINA then makes none), before {@link #start}: what the
     * client sent early is handed over once the channel is ready. Its end (EOF, or the channel closing) ends the
     * type-ahead.
     */
    @Override
    public void setChannelSession(ChannelSession channel) {
        typeAhead.whenRoom(bytes -> INTERRUPTS.execute(() -> reopenWindow(channel, bytes)));
        channel.setDataReceiver(new ChannelDataReceiver() {
            @Override
            public int data(ChannelSession session, byte[] data, int offset, int length) {
                received(data, offset, length);
                // consumed at once, the client's window opening again; past the queue's mark it stays shut
                return typeAhead.holdIfFull(length) ? 0 : length;
            }

            @Override
            public void close() {
                typeAhead.end();
            }
        });
    }

    /** On MINA's I/O thread: queues the bytes; a Ctrl-C while a command runs flushes the queue and interrupts. */
    private void received(byte[] data, int offset, int length) {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (data[i] == CTRL_C && terminal && commandRunning && !fullScreen) {
                typeAhead.clear(); // the bytes before it go too, as SIGINT flushes a tty's queue
                INTERRUPTS.execute(this::interruptCommand);
                start = i + 1;
            }
        }
        typeAhead.add(data, start, offset + length - start);
    }

    private static void reopenWindow(ChannelSession channel, long bytes) {
        try {
            channel.getLocalWindow().release(bytes);
        } catch (IOException e) {
            // the channel is closing: nothing left to reopen
        }
    }

    /** The output budget spent or the time cap reached: the running command stops as on Ctrl-C, without the ^C. */
    private void cancelCommand() {
        Device running = device;
        if (running != null && commandRunning) {
            running.cancel();
        }
    }

    /** Ctrl-C while a command runs: show ^C as a tty would, and cancel. */
    private void interruptCommand() {
        // ^C first: once cancelled, the session thread may print the next prompt at once, and ^C must not follow it.
        screen.print("^C\n");
        screen.flush();
        Device running = device;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        typeAhead.end();
        Device opened = device;
        if (opened != null) {
            opened.cancel();
        }
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Not called: the data receiver set in {@link #setChannelSession} takes the input. */
    @Override public void setInputStream(InputStream in) { }

    @Override public void setOutputStream(OutputStream out) { this.out = out; }

    @Override public void setErrorStream(OutputStream err) { this.err = err; }

    @Override public void setExitCallback(ExitCallback callback) { this.exitCallback = callback; }
}
