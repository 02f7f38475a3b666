package io.fpsh.sim.expert;

import io.fpsh.device.DeviceIo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * The expert-mode bash of a simulated FTD: parses one line (quotes, escapes, variables and {@code export},
 * {@code $(...)}, {@code $((...))}, {@code ~user}, {@code |}, {@code ;}, {@code &&}, {@code ||}, {@code ( subshells )},
 * {@code time}, redirections, comments) and runs it over an {@link ExpertContext}.
 * One instance per session: it remembers {@code $?}, and the variables of each shell (a shell is known by its
 * {@link ExpertContext#shellPid()}: root's after {@code sudo su -} starts with none of admin's).
 * {@link #cancel()} may be called from any thread.
 */
public final class ExpertShell {

    private final CommandTable commands = new CommandTable();
    private final Map<Integer, ShellVariables> variablesByShell = new HashMap<>();
    private volatile Cancellation running;
    private int lastStatus;

    /** Runs one line typed at the prompt and returns its exit status (130 when cancelled, 2 on a syntax error). */
    public int run(String line, DeviceIo io, ExpertContext context) {
        return run(line, io, context, () -> false);
    }

    /**
     * The same, for a line whose Ctrl-C may come before this shell has its run to cancel (the device was still
     * starting its network and files for it): {@code cancelledBeforeStart} says whether it came, and the line then
     * runs nothing and returns 130, as a real shell does once SIGINT is pending.
     */
    public int run(String line, DeviceIo io, ExpertContext context, BooleanSupplier cancelledBeforeStart) {
        try {
            return runParsed(line, io, context, cancelledBeforeStart);
        } catch (RuntimeException | StackOverflowError e) {
            // the last guard: whatever happens, the user sees a bash-like line, never a Java stack trace
            io.err().println("-bash: internal error");
            io.err().flush();
            lastStatus = 1;
            return lastStatus;
        }
    }

    private int runParsed(String line, DeviceIo io, ExpertContext context, BooleanSupplier cancelledBeforeStart) {
        ParsedLine parsed;
        try {
            parsed = Parser.parse(line);
        } catch (ShellSyntaxException e) {
            io.err().println("-bash: " + e.getMessage());
            io.err().flush();
            lastStatus = 2;
            return lastStatus;
        }
        if (!line.isBlank()) {
            variables(context).remember(line.strip());
        }
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        // after running is set: a cancel() from now on finds it, and one from before is seen here (both volatile)
        if (cancelledBeforeStart.getAsBoolean()) {
            cancellation.cancel();
        }
        try {
            lastStatus = new PipelineRunner(io, context, cancellation, commands, variables(context))
                    .runList(parsed, lastStatus);
            return lastStatus;
        } finally {
            running = null;
            io.out().flush();
            io.err().flush();
        }
    }

    /** Whether {@code name} typed as a command runs here: one of the shell's builtins, or the device's command. */
    public boolean runs(String name, ExpertContext context) {
        return VariableBuiltins.has(name) || commands.find(name, context).isPresent();
    }

    /**
     * Every command name this shell runs over {@code context} (its builtins, the device's programs and session
     * commands): the list that the expert grammar's completion must offer.
     */
    public Set<String> commandNames(ExpertContext context) {
        Set<String> candidates = new TreeSet<>(commands.names());
        candidates.addAll(VariableBuiltins.names());
        candidates.addAll(CommandPaths.builtins());
        CommandPaths.programs().forEach(path -> candidates.add(SimPaths.name(path)));
        candidates.removeIf(name -> !runs(name, context));
        return candidates;
    }

    /**
     * The program file a command runs as {@code sudo} or {@code su} find it (a program, never a shell builtin such
     * as cd): the path as given when it names a program file, else the first along {@code context}'s {@code $PATH}.
     */
    public Optional<String> programPath(String nameOrPath, ExpertContext context) {
        if (nameOrPath.contains("/")) {
            String path = SimPaths.resolve(context.workingDirectory(), context.home(), nameOrPath);
            return context.fileSystem().isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return CommandPaths.find(nameOrPath, context).stream().findFirst();
    }

    /** The command a program file (from {@link #programPath}) runs on this device. */
    public Optional<ExternalCommand> program(String path, ExpertContext context) {
        return CommandPaths.programAt(context.fileSystem().realPath(path)).flatMap(name -> commands.find(name, context));
    }

    /**
     * Runs a line for a command ({@code su -c}, {@code bash -c}, {@code sudo -i CMD}) as a shell of its own would:
     * with the command's streams and input, over {@code context}, with {@code environment} as its exported
     * variables; {@code exit} ends only it. Returns its status.
     */
    public int runChild(String line, CommandCall call, ExpertContext context, Map<String, String> environment) {
        ParsedLine parsed;
        try {
            parsed = Parser.parse(line);
        } catch (ShellSyntaxException e) {
            call.err().println("bash: -c: line 1: " + e.getMessage());
            return 2;
        }
        return PipelineRunner.child(call, context, commands, environment).runList(parsed, 0);
    }

    /** The variables of the shell the context runs now; those of shells that exited since are dropped. */
    private synchronized ShellVariables variables(ExpertContext context) {
        int pid = context.shellPid();
        variablesByShell.keySet().removeIf(other -> other > pid); // pids grow: a larger one was a child shell
        return variablesByShell.computeIfAbsent(pid, any -> new ShellVariables());
    }

    /** Interrupts the running line, as Ctrl-C does; the front end prints {@code ^C}. No-op when idle. */
    public void cancel() {
        Cancellation current = running;
        if (current != null) {
            current.cancel();
        }
    }

    /** The status of the last line, as {@code $?} shows it. */
    public int lastStatus() {
        return lastStatus;
    }
}
