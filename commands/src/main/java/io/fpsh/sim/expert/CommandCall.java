package io.fpsh.sim.expert;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.RawScreen;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One command being run by the shell, after expansion and redirection.
 *
 * @param name         the command name as typed, e.g. {@code grep}
 * @param args         the arguments after the name
 * @param in           standard input: the previous pipeline stage, a redirected file, or empty
 * @param out          standard output: the next stage, the terminal, or a redirection
 * @param err          standard error
 * @param terminal     the session's terminal, for dialogs (sudo's {@code Password:})
 * @param context      the simulated device
 * @param cancellation set when the user presses Ctrl-C
 * @param outputIsTerminal true when {@code out} is the session's terminal (not a pipe or a file) and the context
 *                     says the session has one
 * @param outputToSession true when {@code out} is the session's terminal stream (not a pipe or a file), whatever
 *                     the context says: curl draws its progress meter only when it is not (even when fpsh itself
 *                     runs a script, the transcript stands for a terminal session)
 * @param environment  the exported variables the caller's shell assigned, which a child shell inherits
 */
public record CommandCall(String name, List<String> args, InputStream in, PrintStream out, PrintStream err,
                          DeviceIo terminal, ExpertContext context, Cancellation cancellation,
                          boolean outputIsTerminal, boolean outputToSession, Map<String, String> environment) {

    public CommandCall {
        args = List.copyOf(args);
        environment = Map.copyOf(environment);
    }

    /** The terminal of a line run on this command's behalf ({@code sudo CMD}): its streams, the user's dialogs. */
    public DeviceIo streamsAsTerminal() {
        return new StreamIo(terminal, out, err);
    }

    /**
     * The session's terminal taken raw, for less and vi, when this command's output goes to it and the session has
     * one a program can draw on; empty otherwise (a pipe, a redirection, a script).
     */
    public Optional<RawScreen> openScreen() {
        return outputToSession ? terminal.openScreen() : Optional.empty();
    }

    /** {@code path} made absolute against the working directory and home. */
    public String resolve(String path) {
        return SimPaths.resolve(context.workingDirectory(), context.home(), path);
    }
}
