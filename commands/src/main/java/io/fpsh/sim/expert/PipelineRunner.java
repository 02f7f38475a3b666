package io.fpsh.sim.expert;

import io.fpsh.device.DeviceIo;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one pipeline: every stage on its own thread, joined by {@link BytePipe}s, so that {@code tail -f | grep}
 * streams. Standard error goes straight to the terminal unless redirected. The status is the last stage's.
 */
final class PipelineRunner {

    /** Status of a run stopped by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    private final DeviceIo io;
    private final ExpertContext context;
    private final Cancellation cancellation;
    private final CommandTable commands;
    /** Null in the session's shell; in a subshell, where {@code exit} ends it. */
    private final Subshell subshell;
    /** What the first stage reads: nothing at the prompt, the subshell's input inside one. */
    private final InputStream input;
    /** Whether {@code io} prints to the session: false in a subshell whose output goes to a pipe or a file. */
    private final boolean ioIsSession;
    /** The variables of the shell this runs in: the session's, or a subshell's copy. */
    private final ShellVariables variables;
    /** Set by an assignment to a read-only variable: bash drops the rest of the line. */
    private volatile boolean lineAborted;

    PipelineRunner(DeviceIo io, ExpertContext context, Cancellation cancellation, CommandTable commands) {
        this(io, context, cancellation, commands, new ShellVariables());
    }

    PipelineRunner(DeviceIo io, ExpertContext context, Cancellation cancellation, CommandTable commands,
                   ShellVariables variables) {
        this(io, context, cancellation, commands, null, InputStream.nullInputStream(), true, variables);
    }

    private PipelineRunner(DeviceIo io, ExpertContext context, Cancellation cancellation, CommandTable commands,
                           Subshell subshell, InputStream input, boolean ioIsSession, ShellVariables variables) {
        this.io = io;
        this.context = context;
        this.cancellation = cancellation;
        this.commands = commands;
        this.subshell = subshell;
        this.input = input;
        this.ioIsSession = ioIsSession;
        this.variables = variables;
    }

    /**
     * The shell of a line a command runs ({@code su -c}): the command's streams and input; exit ends only it. A new
     * bash: of the caller's variables, it has only the environment it is given.
     */
    static PipelineRunner child(CommandCall call, ExpertContext context, CommandTable commands,
                                Map<String, String> environment) {
        return new PipelineRunner(call.streamsAsTerminal(), context, call.cancellation(), commands, new Subshell(),
                call.in(), call.outputToSession(), ShellVariables.inheriting(environment));
    }

    /** Runs an and-or list left to right and returns the status of the last pipeline run, as {@code $?} then is. */
    int runList(ParsedLine list, int lastStatus) {
        int status = lastStatus;
        for (ParsedLine.Step step : list.steps()) {
            if (cancellation.isCancelled() || subshell != null && subshell.exited() || lineAborted) {
                break;
            }
            if (step.runsAfter(status)) {
                status = run(step.pipeline(), status);
            }
        }
        return cancellation.isCancelled() ? INTERRUPTED : status;
    }

    /** Runs a pipeline; after {@code time}, bash's report of how long it took goes to standard error. */
    int run(ParsedLine.Pipeline pipeline, int lastStatus) {
        if (pipeline.timing() == ParsedLine.Timing.NONE) {
            return runStages(pipeline, lastStatus);
        }
        Instant start = context.clock().get().toInstant();
        int status = pipeline.commands().isEmpty() ? 0 : runStages(pipeline, lastStatus);
        Duration real = Duration.between(start, context.clock().get().toInstant());
        io.err().print(TimeReport.render(real, pipeline.timing()));
        io.err().flush();
        return status;
    }

    private int runStages(ParsedLine.Pipeline pipeline, int lastStatus) {
        List<ParsedLine.Command> stages = pipeline.commands();
        OutputStream terminalOut = new TerminalStream(io.out(), cancellation);
        OutputStream terminalErr = new TerminalStream(io.err(), cancellation);
        if (stages.size() == 1 && DeepStackThreads.isCurrent()) {
            return runOnCallersThread(stages.get(0), terminalOut, terminalErr, lastStatus);
        }
        List<Thread> threads = new ArrayList<>();
        int[] statuses = new int[stages.size()];
        InputStream nextIn = new KeptOpen(input);
        List<String> stageTexts = stages.size() == 1 ? List.of() : stages.stream().map(PipelineStages::text).toList();
        for (int i = 0; i < stages.size(); i++) {
            InputStream in = nextIn;
            OutputStream out;
            if (i == stages.size() - 1) {
                out = terminalOut;
            } else {
                BytePipe pipe = new BytePipe();
                cancellation.whenCancelled(() -> {
                    pipe.closeRead();
                    pipe.closeWrite();
                });
                out = pipe.sink();
                nextIn = pipe.source();
            }
            int index = i;
            ParsedLine.Command stage = stages.get(i);
            // bash forks every stage of a longer pipeline: an exit or an assignment there ends with that stage
            Subshell exitEnds = stages.size() == 1 ? subshell : new Subshell();
            ShellVariables stageVariables = stages.size() == 1 ? variables : variables.copy();
            Expander expander = new Expander(context, lastStatus, stageVariables,
                    list -> substitute(list, stageVariables, terminalErr, lastStatus));
            Thread thread = DeepStackThreads.create(
                    () -> {
                        if (!stageTexts.isEmpty()) {
                            PipelineStages.enter(stageTexts, index);
                        }
                        statuses[index] = runStage(stage, exitEnds, expander, stageVariables, in, out, terminalErr);
                    },
                    "expert-stage-" + i);
            threads.add(thread);
        }
        cancellation.whenCancelled(() -> threads.forEach(Thread::interrupt));
        try {
            threads.forEach(Thread::start);
        } catch (OutOfMemoryError noThreadLeft) {
            // the host could not give another thread: what bash says when fork fails
            cancellation.cancel();
            io.err().println("-bash: fork: Cannot allocate memory");
            return 254;
        }
        for (Thread thread : threads) {
            if (!joinUnlessCancelled(thread)) {
                return INTERRUPTED;
            }
        }
        return cancellation.isCancelled() ? INTERRUPTED : statuses[statuses.length - 1];
    }

    /**
     * A pipeline of one command, on the caller's thread when it has a stage's deep stack (a served session's, a
     * driver's): a thread started per command was ~135 us of CPU each, 52 per device of a fleet's xdr-health. Ctrl-C
     * interrupts this thread while the command runs, as it would the stage's; the prompt then comes back when the
     * command stops, where a stage's thread got 300 ms to wind down before it was left behind.
     */
    private int runOnCallersThread(ParsedLine.Command stage, OutputStream terminalOut, OutputStream terminalErr,
                                   int lastStatus) {
        Expander expander = new Expander(context, lastStatus, variables,
                list -> substitute(list, variables, terminalErr, lastStatus));
        CallerInterrupt interrupt = new CallerInterrupt();
        cancellation.whenCancelled(interrupt::fire);
        int status;
        try {
            status = runStage(stage, subshell, expander, variables, new KeptOpen(input), terminalOut, terminalErr);
        } finally {
            interrupt.disarm();
        }
        return cancellation.isCancelled() ? INTERRUPTED : status;
    }

    /** Waits for a stage; false when the run was cancelled (stages then get a short grace to wind down). */
    private boolean joinUnlessCancelled(Thread thread) {
        try {
            while (thread.isAlive()) {
                thread.join(50);
                if (cancellation.isCancelled()) {
                    thread.join(300);
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            return false;
        }
    }

    /** Runs one stage; {@code exitEnds} is the subshell an {@code exit} there ends, null for the session's shell. */
    private int runStage(ParsedLine.Command stage, Subshell exitEnds, Expander expander, ShellVariables stageVariables,
                         InputStream in, OutputStream out, OutputStream terminalErr) {
        PrintStream err = new PrintStream(terminalErr, true, StandardCharsets.UTF_8);
        List<Closeable> toClose = new ArrayList<>(List.of(in, out));
        String name = "";
        try {
            Streams streams = new Streams(in, out, terminalErr);
            if (stage instanceof ParsedLine.Subshell group) {
                String failure = redirect(stage.redirections(), expander, streams, toClose);
                if (failure != null) {
                    err.println("-bash: " + failure);
                    return 1;
                }
                return runSubshell(group, streams, expander.lastStatus(), stageVariables);
            }
            // as bash: the words are expanded first (a substitution's errors reach the terminal), then redirected
            CommandWords parsedWords = CommandWords.of(((ParsedLine.SimpleCommand) stage).words(), expander);
            List<String> words = parsedWords.arguments();
            String failure = redirect(stage.redirections(), expander, streams, toClose);
            if (failure != null) {
                err.println("-bash: " + failure);
                return 1;
            }
            if (words.isEmpty()) {
                // only assignments and redirections, e.g. "A=$(hostname)" or "> /dev/null"
                if (!parsedWords.assign(stageVariables, err)) {
                    lineAborted = true;
                    return 1;
                }
                return expander.substitutionStatus().orElse(0);
            }
            parsedWords.warnReadOnly(stageVariables, err); // "A=5 cmd" gives cmd an environment the simulation has not
            name = words.get(0);
            if (exitEnds != null && name.equals("exit")) {
                return exitEnds.exit(words.subList(1, words.size()), expander.lastStatus(), err);
            }
            if (exitEnds != null && name.equals("logout")) {
                return Subshell.logout(err);
            }
            if (exitEnds == null && name.equals("exit") && words.size() == 1) {
                words = List.of(name, Integer.toString(expander.lastStatus())); // a bare exit keeps $?
            }
            PrintStream stageErr = new PrintStream(streams.err, true, StandardCharsets.UTF_8);
            PrintStream stageOut = new PrintStream(streams.out, true, StandardCharsets.UTF_8);
            if (VariableBuiltins.has(name)) {
                return new VariableBuiltins(stageVariables, context).run(name, words.subList(1, words.size()),
                        stageOut, stageErr);
            }
            int[] notFoundStatus = {127};
            Optional<ExternalCommand> command = find(name, stageErr, notFoundStatus);
            if (command.isEmpty()) {
                return notFoundStatus[0];
            }
            boolean toSession = printsToSession(streams);
            CommandCall call = new CommandCall(name, words.subList(1, words.size()), streams.in, stageOut, stageErr,
                    io, context, cancellation, toSession && context.outputIsTerminal(), toSession,
                    stageVariables.environment());
            int status = command.get().run(call);
            stageOut.flush();
            return cancellation.isCancelled() ? INTERRUPTED : status;
        } catch (Arithmetic.ArithmeticException e) {
            err.println("-bash: " + e.getMessage());
            lineAborted = true; // as interactive bash: the rest of the line is dropped
            return 1;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a fault in a simulated command must read like a failed command, never like a Java stack trace
            err.println("-bash: " + BashQuoting.forMessage(name) + ": command failed");
            return 1;
        } finally {
            for (Closeable closeable : toClose) {
                closeQuietly(closeable, err);
            }
        }
    }

    /**
     * {@code ( list )}: the list runs with this stage's streams; {@code exit} inside ends only it, and the working
     * directory it changes comes back afterwards, as a forked bash leaves its parent's alone.
     */
    private int runSubshell(ParsedLine.Subshell group, Streams streams, int lastStatus, ShellVariables parent) {
        DeviceIo groupIo = new StreamIo(io, streams.out, streams.err);
        return inSubshell(groupIo, streams.in, printsToSession(streams), parent, group.body(), lastStatus);
    }

    /**
     * {@code $(list)} or {@code `list`}: the list runs in a subshell whose output is kept (up to a bound, so that
     * a runaway command cannot fill the host's memory) and given back without its trailing newlines.
     */
    private Expander.Substituted substitute(ParsedLine list, ShellVariables parent, OutputStream terminalErr,
                                            int lastStatus) {
        CapturedOutput output = new CapturedOutput();
        DeviceIo captureIo = new StreamIo(io, output, terminalErr);
        int status = inSubshell(captureIo, new KeptOpen(input), false, parent, list, lastStatus);
        return new Expander.Substituted(output.textWithoutTrailingNewlines(), status);
    }

    /** Runs a list as a forked bash would: its own exit, variables and working directory, given back afterwards. */
    private int inSubshell(DeviceIo subshellIo, InputStream in, boolean toSession, ShellVariables parent,
                           ParsedLine list, int lastStatus) {
        String directory = context.workingDirectory();
        try {
            return new PipelineRunner(subshellIo, context, cancellation, commands, new Subshell(), in, toSession,
                    parent.copy()).runList(list, lastStatus);
        } finally {
            subshellIo.out().flush();
            subshellIo.err().flush();
            if (!context.workingDirectory().equals(directory)) {
                context.changeWorkingDirectory(directory);
            }
        }
    }

    /** Whether a stage's output, as redirections left it, is the session's terminal (not a pipe or a file). */
    private boolean printsToSession(Streams streams) {
        return ioIsSession && streams.out instanceof TerminalStream;
    }

    /** The command to run, or empty after printing bash's error. */
    private Optional<ExternalCommand> find(String name, PrintStream err, int[] notFoundStatus) {
        String shown = BashQuoting.forMessage(name);
        if (name.contains("/")) {
            String path = SimPaths.resolve(context.workingDirectory(), context.home(), name);
            SimFileSystem fs = context.fileSystem();
            if (!fs.exists(path)) {
                err.println("-bash: " + shown + ": No such file or directory");
                notFoundStatus[0] = 127;
                return Optional.empty();
            }
            if (fs.isDirectory(path)) {
                err.println("-bash: " + shown + ": Is a directory");
                notFoundStatus[0] = 126;
                return Optional.empty();
            }
            Optional<String> program = fs.isExecutable(path) ? CommandPaths.programAt(fs.realPath(path)) : Optional.empty();
            if (program.isEmpty()) {
                // a data file (or a daemon's binary the simulation does not run): bash cannot execute it
                err.println("-bash: " + shown + ": Permission denied");
                notFoundStatus[0] = 126;
                return Optional.empty();
            }
            name = program.get();
        }
        Optional<ExternalCommand> command = commands.find(name, context);
        if (command.isEmpty()) {
            err.println("-bash: " + shown + ": command not found");
            notFoundStatus[0] = 127;
        }
        return command;
    }

    /** The three streams of a stage, as redirections leave them. */
    private static final class Streams {
        InputStream in;
        OutputStream out;
        OutputStream err;

        Streams(InputStream in, OutputStream out, OutputStream err) {
            this.in = in;
            this.out = out;
            this.err = err;
        }
    }

    /** Applies redirections left to right; returns bash's error text (without "-bash: ") or null. */
    private String redirect(List<ParsedLine.Redirection> redirections, Expander expander, Streams streams,
                            List<Closeable> toClose) {
        for (ParsedLine.Redirection redirection : redirections) {
            List<String> fields = expander.expand(redirection.target());
            if (fields.size() != 1) {
                return redirection.target().literalText() + ": ambiguous redirect";
            }
            String target = fields.get(0);
            if (redirection.op().equals(">&")) {
                if (target.equals("1") || target.equals("2")) {
                    OutputStream dup = target.equals("1") ? streams.out : streams.err;
                    if (redirection.fd() == 2) {
                        streams.err = dup;
                    } else {
                        streams.out = dup;
                    }
                    continue;
                }
                if (!target.equals("-") && target.chars().allMatch(Character::isDigit)) {
                    return target + ": Bad file descriptor";
                }
                // ">& file" is "&> file"
                redirection = new ParsedLine.Redirection(-1, ">", redirection.target());
            }
            String path = SimPaths.resolve(context.workingDirectory(), context.home(), target);
            if (redirection.op().equals("<")) {
                try {
                    streams.in = path.equals("/dev/null") ? InputStream.nullInputStream()
                            : new ByteArrayInputStream(context.fileSystem().read(path));
                } catch (SimFileException e) {
                    return target + ": " + e.getMessage();
                }
                continue;
            }
            OutputStream sink;
            if (path.equals("/dev/null")) {
                sink = OutputStream.nullOutputStream();
            } else if (path.equals("/dev/stdout")) {
                sink = streams.out;
            } else if (path.equals("/dev/stderr")) {
                sink = streams.err;
            } else {
                try {
                    // bash opens (and truncates) the file before the command runs, and does not run it on failure
                    context.fileSystem().write(path, new byte[0], redirection.op().equals(">>"));
                } catch (SimFileException e) {
                    return target + ": " + e.getMessage();
                }
                FileRedirectStream file = new FileRedirectStream(context.fileSystem(), path);
                toClose.add(file);
                sink = file;
            }
            if (redirection.fd() == 1 || redirection.fd() == -1) {
                streams.out = sink;
            }
            if (redirection.fd() == 2 || redirection.fd() == -1) {
                streams.err = sink;
            }
        }
        return null;
    }

    private static void closeQuietly(Closeable closeable, PrintStream err) {
        try {
            closeable.close();
        } catch (IOException e) {
            // the only close that can fail is a redirection into the file system
            err.println("-bash: " + e.getMessage());
        }
    }
}
