package io.fpsh.drive;

import io.fpsh.device.Device;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.device.SessionFailure;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives a device from code: runs a line in a named mode, getting there along {@link ModeGraph}'s transitions from
 * wherever the session is, answering their password dialogs from {@link Credentials}, and returns what happened as a
 * {@link CommandResult}, with a deadline per call. Never throws for what the device does.
 */
public final class DeviceDriver implements AutoCloseable {
    /** How long a cancelled command gets to give its prompt back before the session is given up. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(2);

    private final Device device;
    private final Credentials credentials;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fpsh-driver");
        thread.setDaemon(true);
        return thread;
    });

    public DeviceDriver(Device device, Credentials credentials) {
        this.device = device;
        this.credentials = credentials;
    }

    public Device device() {
        return device;
    }

    /** Runs {@code line} in {@code mode}, moving there first; the whole call (moves included) ends by {@code deadline}. */
    public CommandResult run(Mode mode, String line, Duration deadline) {
        long start = System.nanoTime();
        Optional<List<ModeGraph.Transition>> route = route(device.mode(), mode);
        if (route.isEmpty()) {
            return CommandResult.failed(line, mode, CommandResult.Outcome.NOT_AVAILABLE,
                    mode.name().toLowerCase().replace('_', '-') + " mode is not available on " + device.targetName(), since(start));
        }
        for (ModeGraph.Transition move : route.get()) {
            CommandResult moved = runHere(move.input(), remaining(deadline, start), start);
            if (!moved.completed()) {
                return CommandResult.failed(line, mode, moved.outcome(), moved.error(), since(start));
            }
            if (device.mode() != move.to()) {
                return CommandResult.failed(line, mode, CommandResult.Outcome.NOT_AVAILABLE,
                        "'" + move.input() + "' did not reach " + move.to().name().toLowerCase().replace('_', '-')
                                + " mode on " + device.targetName() + firstLine(moved.output()), since(start));
            }
        }
        return runHere(line, remaining(deadline, start), start);
    }

    private CommandResult runHere(String line, Duration deadline, long start) {
        Mode mode = device.mode();
        if (!device.isOpen()) {
            return CommandResult.failed(line, mode, CommandResult.Outcome.UNREACHABLE,
                    "the session to " + device.targetName() + " is closed", since(start));
        }
        CapturingIo io = new CapturingIo(question -> credentials.password(userFor(mode), question).orElse(null), true);
        Future<Integer> running = runner.submit(() -> device.run(line, io));
        int status;
        try {
            status = running.get(Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            device.cancel();
            boolean usable = finishes(running);
            if (!usable) {
                device.close();
            }
            return new CommandResult(line, mode, io.text(), io.stdout(), io.stderr(), -1, since(start),
                    CommandResult.Outcome.TIMEOUT, "no prompt from " + device.targetName() + " after "
                    + seconds(deadline) + (usable ? " (cancelled)" : " (session closed)"));
        } catch (ExecutionException e) {
            return CommandResult.failed(line, mode, CommandResult.Outcome.UNREACHABLE,
                    device.targetName() + ": " + e.getCause(), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            device.cancel();
            return CommandResult.failed(line, mode, CommandResult.Outcome.TIMEOUT, "interrupted", since(start));
        }
        if (io.failure() != null) {
            CommandResult.Outcome outcome = io.failure() == SessionFailure.TIMEOUT
                    ? CommandResult.Outcome.TIMEOUT : CommandResult.Outcome.UNREACHABLE;
            return new CommandResult(line, mode, io.text(), io.stdout(), io.stderr(), status, since(start), outcome,
                    io.failureMessage());
        }
        return new CommandResult(line, mode, io.text(), io.stdout(), io.stderr(), status, since(start),
                CommandResult.Outcome.COMPLETED, null);
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

    /** The user a password question in {@code mode} is about: sudo asks for the login user's, LINA's enable for its own. */
    private static String userFor(Mode mode) {
        return mode == Mode.DIAGNOSTIC ? "enable" : "admin";
    }

    /** The shortest way from one mode to another along the graph's transitions; LINA's detach keys come last. */
    static Optional<List<ModeGraph.Transition>> route(Mode from, Mode to) {
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
            for (ModeGraph.Transition t : preferred()) {
                if (t.from() == here && t.to() != from && !cameBy.containsKey(t.to())) {
                    cameBy.put(t.to(), t);
                    queue.add(t.to());
                }
            }
        }
        return Optional.empty();
    }

    private static List<ModeGraph.Transition> preferred() {
        List<ModeGraph.Transition> all = new ArrayList<>(ModeGraph.transitions());
        all.sort((a, b) -> Boolean.compare(a.input().equals(ModeGraph.DETACH), b.input().equals(ModeGraph.DETACH)));
        return all;
    }

    private static Duration remaining(Duration deadline, long start) {
        return deadline.minus(since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String seconds(Duration deadline) {
        return deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
    }

    private static String firstLine(String output) {
        String line = output.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "" : ": " + line;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
