package io.fpsh.drive;

import io.fpsh.device.AccountPasswords;
import io.fpsh.device.CommandDeadline;
import io.fpsh.device.StatusQuery;
import io.fpsh.device.Device;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.device.SessionFailure;
import io.fpsh.device.SupportedModes;
import io.fpsh.sim.expert.DeepStackThreads;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives a device from code: runs a line in a named mode, getting there along {@link ModeGraph}'s transitions from
 * wherever the session is, answering their password dialogs from {@link Credentials}, and returns what happened as a
 * {@link CommandResult}, with a deadline per call. Never throws for what the device does: what the target cannot do
 * is NOT_AVAILABLE, a lost session UNREACHABLE, a passed deadline TIMEOUT, each with one line.
 */
public final class DeviceDriver implements AutoCloseable {
    /** How long a cancelled command gets to give its prompt back before the session is given up. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(2);
    /** More than any route of the graph needs (root inside root inside root... each exit counts). */
    private static final int MAX_MOVES = 12;
    private static final String MASK = "****";
    /** The graph's transitions, LINA's detach keys last: a route takes exit where both leave a mode. */
    private static final List<ModeGraph.Transition> PREFERRED = ModeGraph.transitions().stream()
            .sorted(Comparator.comparing(t -> t.input().equals(ModeGraph.DETACH))).toList();

    private final Device device;
    private final Credentials credentials;
    private final Set<Mode> modes;
    /** A stage's deep stack: a lab's one-command lines run on this thread, with no thread of their own. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            runnable -> DeepStackThreads.create(runnable, "fpsh-driver"));
    /** Every password typed for this session: none may show in any later result either (an echo, a history). */
    private final Set<String> typed = ConcurrentHashMap.newKeySet();
    /** Why the driver gave the session up (a command that would not stop); null while it is usable. */
    private volatile String givenUp;
    /**
     * The session ended because a command hung (it ignored Ctrl-C, or the target dropped it after its deadline):
     * every later call is TIMEOUT too, not UNREACHABLE, since the device was reached and did not answer.
     */
    private volatile boolean hung;

    public DeviceDriver(Device device, Credentials credentials) {
        this.device = device;
        this.credentials = credentials;
        this.modes = device instanceof SupportedModes limited ? EnumSet.copyOf(limited.supportedModes())
                : EnumSet.allOf(Mode.class);
    }

    public Device device() {
        return device;
    }

    /** The mode the next line runs in if no move is asked for. */
    public Mode mode() {
        return device.mode();
    }

    /** Runs {@code line} in {@code mode}, moving there first; the whole call (moves included) ends by {@code deadline}. */
    public CommandResult run(Mode mode, String line, Duration deadline) {
        long start = System.nanoTime();
        return move(mode, line, deadline, start).orElseGet(() -> runHere(line, deadline, start, line));
    }

    /**
     * Runs {@code line} as {@link #run} does, but in the Linux shell with its exit status printed after its output
     * ({@code fpsh-status=N}) instead of asked for in a round trip of its own, so a probe costs one round trip on an
     * SSH session and sends the same bytes on every target. {@code line} must be a whole command without a trailing
     * comment (a probe's); the marker is taken out of the result's texts.
     */
    public CommandResult runReportingStatus(Mode mode, String line, Duration deadline) {
        long start = System.nanoTime();
        Optional<CommandResult> failedMove = move(mode, line, deadline, start);
        if (failedMove.isPresent()) {
            return failedMove.get();
        }
        if (!device.mode().isLinuxShell()) {
            return runHere(line, deadline, start, line);
        }
        if (device instanceof StatusQuery target) {
            target.skipNextStatusQuery();
        }
        return StatusMarker.takenOut(runHere(line + StatusMarker.SUFFIX, deadline, start, line));
    }

    /**
     * Runs {@code line} as {@link #run} does, answering its questions, secret or not, from {@code answers} in order,
     * as a person typing a fix does ({@code configure network http-proxy}); what was typed at a password question is
     * masked in this result and every later one. Without answers, {@link #run}.
     */
    public CommandResult runAnswering(Mode mode, String line, List<String> answers, Duration deadline) {
        long start = System.nanoTime();
        if (answers.isEmpty()) {
            return run(mode, line, deadline);
        }
        return move(mode, line, deadline, start).orElseGet(() -> runHere(line, deadline, start, line,
                new PasswordAnswer(credentials, userIn(device.mode())), CapturingIo.answering(answers.toArray(String[]::new))));
    }

    /** Moves to {@code mode} (and nothing else): how a program comes back to where it started. */
    public CommandResult moveTo(Mode mode, Duration deadline) {
        long start = System.nanoTime();
        String description = "move to " + ModeNames.of(mode) + " mode";
        return move(mode, description, deadline, start).orElseGet(() -> new CommandResult(description, device.mode(),
                "", "", "", 0, since(start), CommandResult.Outcome.COMPLETED, null));
    }

    /** Moves along the graph until the session is in {@code target}; a failure as the result of {@code line}. */
    private Optional<CommandResult> move(Mode target, String line, Duration deadline, long start) {
        if (!modes.contains(target)) {
            return Optional.of(failed(line, target, CommandResult.Outcome.NOT_AVAILABLE,
                    ModeNames.of(target) + " mode is not available on " + device.targetName(), start));
        }
        for (int moves = 0; device.isOpen() && givenUp == null && device.mode() != target; moves++) {
            Mode here = device.mode();
            Optional<List<ModeGraph.Transition>> route = route(here, target, modes);
            if (route.isEmpty() || moves == MAX_MOVES) {
                return Optional.of(failed(line, target, CommandResult.Outcome.NOT_AVAILABLE,
                        "cannot get from " + ModeNames.of(here) + " mode to " + ModeNames.of(target) + " mode on "
                                + device.targetName(), start));
            }
            ModeGraph.Transition step = route.get().get(0);
            PasswordAnswer answer = new PasswordAnswer(credentials, userIn(here));
            CommandResult moved = runHere(step.input(), deadline, start, typed(step.input()), answer,
                    new CapturingIo(answer, true));
            if (!moved.completed()) {
                return Optional.of(failed(line, target, moved.outcome(), moved.error(), start));
            }
            // Another mode than the graph's is no failure: LINA's level survives a detach, so attaching again may
            // land at firepower# (the next round moves on from there). Staying put is, but for an exit that left
            // a root shell opened inside another.
            Mode reached = device.mode();
            boolean leftANestedShell = here.isLinuxShell() && step.input().equals("exit");
            if (reached == here && !leftANestedShell) {
                answer.refused();
                String said = lastLine(moved.output());
                return Optional.of(failed(line, target, CommandResult.Outcome.NOT_AVAILABLE,
                        "'" + typed(step.input()) + "' did not reach " + ModeNames.of(step.to()) + " mode on "
                                + device.targetName() + (said.isEmpty() ? "" : ": " + said), start));
            }
        }
        if (givenUp != null || !device.isOpen()) {
            return Optional.of(closed(line, target, start));
        }
        return Optional.empty();
    }

    private CommandResult runHere(String line, Duration deadline, long start, String shown) {
        PasswordAnswer answer = new PasswordAnswer(credentials, userIn(device.mode()));
        return runHere(line, deadline, start, shown, answer, new CapturingIo(answer, true));
    }

    /** Sends one line in the current mode; {@code shown} is how the result names it (Ctrl-A d as typed). */
    private CommandResult runHere(String line, Duration deadline, long start, String shown, PasswordAnswer answer,
                                  CapturingIo io) {
        Mode mode = device.mode();
        if (givenUp != null || !device.isOpen()) {
            return closed(shown, mode, start);
        }
        Duration left = deadline.minus(since(start));
        if (left.isNegative() || left.isZero()) {
            return failed(shown, mode, CommandResult.Outcome.TIMEOUT,
                    "no time left for '" + shown + "' on " + device.targetName() + " within " + seconds(deadline),
                    start);
        }
        // A target with its own deadline cancels and resynchronises itself: it gets the call's time left when that
        // ends sooner than its own (its own back after the command), and the driver waits for it that long more.
        Duration wait = left;
        Callable<Integer> command = () -> device.run(line, io);
        if (device instanceof CommandDeadline target) {
            Duration own = target.commandDeadline();
            Duration sooner = left.compareTo(own) < 0 ? left : own;
            wait = sooner.plus(CANCEL_GRACE).plus(CANCEL_GRACE);
            command = () -> {
                target.setCommandDeadline(sooner);
                try {
                    return device.run(line, io);
                } finally {
                    target.setCommandDeadline(own);
                }
            };
        }
        Future<Integer> running = runner.submit(command);
        int status;
        try {
            status = running.get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            device.cancel();
            boolean usable = finishes(running);
            if (!usable) {
                hung = true;
                giveUp("the session to " + device.targetName() + " was closed after '" + shown
                        + "' ignored Ctrl-C for " + seconds(CANCEL_GRACE));
            }
            return result(shown, mode, io, -1, start, CommandResult.Outcome.TIMEOUT, "'" + shown + "' got no prompt from "
                    + device.targetName() + " within " + seconds(deadline)
                    + (usable ? " (cancelled with Ctrl-C)" : " (session closed)"), answer);
        } catch (ExecutionException e) {
            // fpsh's own slip, not the device's: said in one line, never as a stack trace
            Throwable cause = e.getCause();
            return result(shown, mode, io, -1, start, CommandResult.Outcome.UNREACHABLE, device.targetName()
                    + " failed running '" + shown + "' (" + cause.getClass().getSimpleName() + ")", answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            device.cancel();
            return result(shown, mode, io, -1, start, CommandResult.Outcome.TIMEOUT,
                    "'" + shown + "' interrupted on " + device.targetName(), answer);
        }
        if (io.failure() != null) {
            CommandResult.Outcome outcome = io.failure() == SessionFailure.TIMEOUT
                    ? CommandResult.Outcome.TIMEOUT : CommandResult.Outcome.UNREACHABLE;
            if (outcome == CommandResult.Outcome.TIMEOUT && !device.isOpen() && givenUp == null) {
                // the target disconnected itself after the deadline (SshFtd when Ctrl-C brought no prompt back)
                hung = true;
                givenUp = "the session to " + device.targetName() + " was closed after '" + shown
                        + "' got no prompt within " + seconds(deadline);
            }
            return result(shown, mode, io, status, start, outcome, io.failureMessage(), answer);
        }
        if (!device.isOpen() && status != 0) {
            // the target ended the session without a word to the driver (a connection that could not be made)
            String said = lastLine(io.stderr());
            return result(shown, mode, io, status, start, CommandResult.Outcome.UNREACHABLE,
                    said.isEmpty() ? "the session to " + device.targetName() + " ended" : said, answer);
        }
        return result(shown, mode, io, status, start, CommandResult.Outcome.COMPLETED, null, answer);
    }

    /** The call's result, with every password typed in this session masked wherever it could show. */
    private CommandResult result(String line, Mode mode, CapturingIo io, int status, long start,
                                 CommandResult.Outcome outcome, String error, PasswordAnswer answer) {
        String secret = answer.given();
        if (secret != null && !secret.isEmpty()) {
            typed.add(secret);
        }
        typed.addAll(io.passwordsGiven());
        return new CommandResult(mask(line), mode, mask(io.text()), mask(io.stdout()), mask(io.stderr()), status,
                since(start), outcome, mask(error));
    }

    private String mask(String text) {
        String masked = text;
        for (String secret : typed) {
            masked = masked == null ? null : masked.replace(secret, MASK);
        }
        return masked;
    }

    private CommandResult closed(String line, Mode mode, long start) {
        String why = givenUp != null ? givenUp : "the session to " + device.targetName() + " is closed";
        return failed(line, mode, hung ? CommandResult.Outcome.TIMEOUT : CommandResult.Outcome.UNREACHABLE, why, start);
    }

    /** A call that did not run its line; masked as {@link #result} is, since the line may name a typed password. */
    private CommandResult failed(String line, Mode mode, CommandResult.Outcome outcome, String error, long start) {
        return CommandResult.failed(mask(line), mode, outcome, mask(error), since(start));
    }

    private void giveUp(String why) {
        givenUp = why;
        device.close();
    }

    private static boolean finishes(Future<Integer> running) {
        try {
            running.get(CANCEL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whose password a bare "Password:" asks for in {@code mode}: sudo asks for the user of the expert prompt
     * ({@code admin@ftd01:~$}), LINA's enable for its own.
     */
    private String userIn(Mode mode) {
        return switch (mode) {
            case DIAGNOSTIC, DIAGNOSTIC_ENABLE -> AccountPasswords.LINA_ENABLE;
            case ROOT -> "root";
            default -> {
                String prompt = device.prompt();
                int at = prompt.indexOf('@');
                yield mode == Mode.EXPERT && at > 0 ? prompt.substring(0, at).strip() : "admin";
            }
        };
    }

    /**
     * The shortest way from one mode to another along the graph's transitions, through {@code allowed} modes only;
     * LINA's detach keys come last.
     */
    private static Optional<List<ModeGraph.Transition>> route(Mode from, Mode to, Set<Mode> allowed) {
        Map<Mode, ModeGraph.Transition> cameBy = new EnumMap<>(Mode.class);
        Deque<Mode> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            Mode here = queue.poll();
            if (here == to) {
                List<ModeGraph.Transition> path = new ArrayList<>();
                for (Mode m = to; m != from; m = cameBy.get(m).from()) {
                    path.add(0, cameBy.get(m));
                }
                return Optional.of(path);
            }
            for (ModeGraph.Transition t : PREFERRED) {
                if (t.from() == here && t.to() != from && allowed.contains(t.to()) && !cameBy.containsKey(t.to())) {
                    cameBy.put(t.to(), t);
                    queue.add(t.to());
                }
            }
        }
        return Optional.empty();
    }

    /** An input as a person types it: LINA's detach keys as {@code ^Ad}. */
    private static String typed(String input) {
        return input.equals(ModeGraph.DETACH) ? ModeGraph.DETACH_TYPED : input;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String seconds(Duration deadline) {
        return deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
    }

    private static String lastLine(String output) {
        return output.strip().lines().reduce((first, second) -> second).orElse("").strip();
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
