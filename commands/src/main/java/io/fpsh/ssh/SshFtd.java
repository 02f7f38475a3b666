package io.fpsh.ssh;

import io.fpsh.device.CommandDeadline;
import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.device.SessionFailure;
import io.fpsh.device.StatusQuery;
import io.fpsh.device.TargetException;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;

import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real FTD (or anything that talks like one) over SSH: one pty shell channel, driven line by line. The mode is
 * whatever the last prompt says it is; nothing is assumed from the commands sent.
 */
public final class SshFtd implements Device, StatusQuery, CommandDeadline {
    /**
     * Asked after a Linux command, as a line of its own so a comment, a trailing ';' or '&' in the command cannot
     * break it; the leading blank keeps it out of bash's history where HISTCONTROL ignores such lines.
     */
    static final String STATUS_QUERY = " echo \"__FPSH_RC=$?\"";
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^__FPSH_RC=(\\d+)$");
    private static final int TIMED_OUT = 124;
    private static final int CONNECTION_LOST = 255;
    /** LINA's detach keys: Ctrl-A then d. */
    /** How long a device has to bring a prompt back after the Ctrl-C that follows a passed deadline. */
    private static final Duration RESYNC_GRACE = Duration.ofSeconds(2);
    private static CommandParser parser;

    private final SshOptions options;
    private final SshConnector.Link link;
    private final ShellStream stream;
    private final String banner;
    private volatile Mode mode;
    private volatile String prompt;
    private volatile boolean open = true;
    private final AtomicBoolean interruptEchoed = new AtomicBoolean();
    private volatile Duration commandDeadline;

    private SshFtd(SshOptions options, SshConnector.Link link, String banner, ScreenTail.Prompt first) {
        this.options = options;
        this.link = link;
        this.stream = link.stream();
        this.banner = banner;
        this.mode = first.mode();
        this.prompt = first.text();
        this.commandDeadline = options.commandDeadline();
    }

    /** Connects, logs in, opens the shell and waits for its first prompt; the message of a failure is for the user. */
    public static SshFtd connect(SshOptions options) throws TargetException {
        SshConnector.Link link = SshConnector.open(options);
        StringBuilder banner = new StringBuilder();
        PromptReader reader = new PromptReader(link.stream(), banner::append, NO_DIALOGS, false,
                new AtomicBoolean());
        try {
            ScreenTail.Prompt first = reader.readToPrompt(new Deadline(options.commandDeadline())).prompt();
            return new SshFtd(options, link, banner.toString(), first);
        } catch (Deadline.Passed e) {
            link.close();
            throw new TargetException("no prompt from " + options.host() + " after "
                    + Deadline.describe(options.commandDeadline()));
        } catch (EOFException e) {
            link.close();
            String said = banner.toString().strip().lines().reduce((first, second) -> second).orElse("");
            throw new TargetException(options.host() + " closed the session before its first prompt"
                    + (said.isEmpty() ? "" : ": " + said));
        } catch (IOException e) {
            link.close();
            throw new TargetException("lost the connection to " + options.host() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            link.close();
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while connecting to " + options.host());
        }
    }

    @Override
    public String banner() {
        return banner;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public String prompt() {
        return prompt;
    }

    /** The next line's status comes in its own output: no {@code $?} question after it (see {@link #run}). */
    private boolean skipStatusQuery;

    @Override
    public void skipNextStatusQuery() {
        skipStatusQuery = true;
    }

    @Override
    public int run(String line, DeviceIo io) {
        boolean askStatus = !skipStatusQuery;
        skipStatusQuery = false;
        if (!open) {
            return failed(io, SessionFailure.CONNECTION_LOST, "not connected to " + options.host(), CONNECTION_LOST);
        }
        Mode before = mode;
        boolean detach = isDetach(before, line);
        String sent = detach ? ModeGraph.DETACH : lineToSend(before, line);
        Deadline deadline = new Deadline(commandDeadline);
        try {
            PromptReader.Ending ending = detach ? detach(toScreen(io.out()), io, deadline)
                    : exchange(sent, toScreen(io.out()), io, deadline);
            mode = modeAfter(ending.prompt(), before, sent);
            prompt = ending.prompt().text();
            if (ending.clearedLine() != null) {
                io.err().println("fpsh: " + options.host() + " rang the bell and kept '" + ending.clearedLine()
                        + "' on its line: cleared it (Ctrl-A Ctrl-K)");
            }
            if (!before.isLinuxShell()) {
                return ending.errorLine() ? 1 : 0;
            }
            // A new shell (sudo su -) or the way back (exit) has no $? worth asking for: the move itself worked.
            return mode == before && askStatus ? lastStatus(io, deadline) : 0;
        } catch (Deadline.Passed e) {
            boolean usable = interruptAndResync(io);
            return failed(io, SessionFailure.TIMEOUT, "no prompt from " + options.host() + " after "
                    + deadline.describe() + (usable ? " (interrupted it with Ctrl-C)" : " (disconnected)"), TIMED_OUT);
        } catch (EOFException e) {
            boolean closedHere = !open;
            close();
            if (before == Mode.CLISH && (sent.strip().equals("exit") || sent.strip().equals("logout"))) {
                return 0;
            }
            return failed(io, SessionFailure.CONNECTION_LOST, closedHere ? closedHereMessage()
                    : options.host() + " closed the connection", CONNECTION_LOST);
        } catch (IOException e) {
            // a close() from another thread (a driver giving up) interrupts the reader: not the network's doing
            String message = !open ? closedHereMessage() : "lost the connection to " + options.host() + ": " + e.getMessage();
            close();
            return failed(io, SessionFailure.CONNECTION_LOST, message, CONNECTION_LOST);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return failed(io, SessionFailure.CONNECTION_LOST, closedHereMessage(), CONNECTION_LOST);
        } finally {
            io.out().flush();
        }
    }

    /**
     * The session failed (not the command): one line on the terminal, and the same, told apart from a command's own
     * 124 or 255, to a program driving the session.
     */
    private static int failed(DeviceIo io, SessionFailure failure, String message, int status) {
        io.err().println("fpsh: " + message);
        io.err().flush();
        io.sessionFailed(failure, message);
        return status;
    }

    private String closedHereMessage() {
        return "the session to " + options.host() + " was closed";
    }

    /**
     * After a deadline: Ctrl-C, then a short wait for a prompt. A device that answers is usable again (its late
     * output is dropped, so it cannot mix with the next command's); one that stays silent is disconnected, since
     * nothing it sends later could be told apart from the next command's output.
     */
    private boolean interruptAndResync(DeviceIo io) {
        try {
            interruptEchoed.set(true);
            stream.send("\u0003");
            PromptReader.Ending ending = new PromptReader(stream, text -> { }, NO_DIALOGS, false, interruptEchoed)
                    .readToPrompt(new Deadline(RESYNC_GRACE));
            mode = modeAfter(ending.prompt(), mode, "");
            prompt = ending.prompt().text();
            return true;
        } catch (IOException | Deadline.Passed e) {
            close();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return false;
        }
    }

    /**
     * The mode of the prompt that ended a line typed in {@code before}: LINA's {@code firepower#} and FXOS's look the
     * same, so the way the session came tells them apart ({@link ModeGraph#recognise(String, Mode, String)}).
     */
    private static Mode modeAfter(ScreenTail.Prompt prompt, Mode before, String input) {
        return ModeGraph.recognise(prompt.text(), before, input).orElse(prompt.mode());
    }

    /** The user's way to type LINA's Ctrl-A d as a line ({@code ^Ad}), or the raw keys, in a mode it leaves. */
    static boolean isDetach(Mode mode, String line) {
        String typed = line.strip();
        return (typed.equals(ModeGraph.DETACH_TYPED) || typed.equals(ModeGraph.DETACH)) && ModeGraph.detaches(mode);
    }

    /** Ctrl-A d goes out as keys, without Enter; the console echoes nothing of it. */
    private PromptReader.Ending detach(PromptReader.Sink sink, DeviceIo io, Deadline deadline)
            throws IOException, Deadline.Passed, InterruptedException {
        interruptEchoed.set(false);
        stream.send(ModeGraph.DETACH);
        return new PromptReader(stream, sink, io, false, interruptEchoed).skippingFirstNewline().readToPrompt(deadline);
    }

    private PromptReader.Ending exchange(String line, PromptReader.Sink sink, DeviceIo io, Deadline deadline)
            throws IOException, Deadline.Passed, InterruptedException {
        interruptEchoed.set(false);
        stream.send(line + "\r");
        return new PromptReader(stream, sink, io, true, interruptEchoed).readToPrompt(deadline);
    }

    /** The status of the last Linux command, read through a hidden echo of {@code $?}. */
    private int lastStatus(DeviceIo io, Deadline deadline) throws IOException, Deadline.Passed, InterruptedException {
        StringBuilder answer = new StringBuilder();
        PromptReader.Ending ending = exchange(STATUS_QUERY, answer::append, io, deadline);
        mode = ending.prompt().mode();
        prompt = ending.prompt().text();
        Matcher found = STATUS_LINE.matcher(answer);
        int status = found.find() ? Integer.parseInt(found.group(1)) : 1;
        if (status != 0) {
            // The query's echo set $? to 0; give the user's next "echo $?" the command's own status back.
            exchange(" (exit " + status + ")", text -> { }, io, deadline);
        }
        return status;
    }

    /** Clish lines go out with abbreviations expanded ({@code sh ver} → {@code show version}); others as typed. */
    static String lineToSend(Mode mode, String line) {
        if (mode != Mode.CLISH) {
            return line;
        }
        ParseResult parsed = clishParser().parse(Mode.CLISH, line);
        return parsed instanceof ParseResult.Command command ? command.expanded() : line;
    }

    private static synchronized CommandParser clishParser() {
        if (parser == null) {
            parser = new CommandParser(Grammar.ftd());
        }
        return parser;
    }

    private static PromptReader.Sink toScreen(PrintStream out) {
        return text -> {
            out.print(text);
            out.flush();
        };
    }

    /** Ctrl-C to the device, as a terminal sends it; the prompt that follows ends the running command. */
    @Override
    public void cancel() {
        if (open) {
            try {
                interruptEchoed.set(true);
                stream.send("\u0003");
            } catch (IOException e) {
                // the connection is gone: run() finds out and reports it
            }
        }
    }

    @Override
    public Duration commandDeadline() {
        return commandDeadline;
    }

    /** How long each later command may go without a prompt before the session is given up. */
    @Override
    public void setCommandDeadline(Duration deadline) {
        commandDeadline = deadline;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public String targetName() {
        return options.targetName();
    }

    @Override
    public void close() {
        open = false;
        link.close();
    }

    /** Dialogs before the first prompt (a first-login wizard) are not answered: the deadline ends them. */
    private static final DeviceIo NO_DIALOGS = new DeviceIo() {
        private final PrintStream nowhere = new PrintStream(PrintStream.nullOutputStream());

        @Override public PrintStream out() { return nowhere; }

        @Override public PrintStream err() { return nowhere; }

        @Override public String readPassword(String question) { return null; }

        @Override public String readLine(String question) { return null; }
    };
}
