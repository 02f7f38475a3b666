package io.fpsh.playbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a plan's steps in order on one device. A step whose prerequisite did not PASS or WARN is BLOCKED and not run;
 * every other step runs, so each independent failure is reported, not only the first. Never throws: a probe that
 * could not read ends its step with TIMEOUT / UNREACHABLE / ERROR / SKIP, an exception in a step's body is that
 * step's ERROR with the playbook's file and line, and the device's budget bounds the whole run (a step still running
 * at the budget's end is interrupted and TIMEOUT; an unreachable device makes every later step UNREACHABLE).
 */
public final class PlaybookRunner {
    private PlaybookRunner() {}

    /** Runs {@code plan} on {@code target} within {@code budget}; {@code progress} sees each step as it completes. */
    public static DeviceRun run(Plan plan, TargetSession target, Duration budget, Consumer<StepResult> progress) {
        Instant start = Instant.now();
        Instant deadline = start.plus(budget);
        Map<String, StepResult> done = new LinkedHashMap<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fpsh-step");
            thread.setDaemon(true);
            return thread;
        });
        try {
            String lost = null; // why the device cannot be reached any more, once a probe said so
            for (Step step : plan.steps()) {
                StepResult result;
                String blocker = blocker(step, done);
                if (lost != null) {
                    result = verdictOnly(step, Verdict.UNREACHABLE, lost);
                } else if (blocker != null) {
                    result = verdictOnly(step, Verdict.BLOCKED, blocker);
                } else if (!Instant.now().isBefore(deadline)) {
                    result = verdictOnly(step, Verdict.TIMEOUT, "the device's budget of " + budget.toSeconds()
                            + " s ran out before this step");
                } else {
                    result = runStep(plan, step, target, deadline, worker);
                    if (result.verdict() == Verdict.UNREACHABLE) {
                        lost = result.reason();
                    }
                }
                done.put(step.id(), result);
                progress.accept(result);
            }
        } finally {
            worker.shutdownNow();
        }
        List<StepResult> steps = new ArrayList<>(done.values());
        return new DeviceRun(plan.name(), target.name(), DeviceRun.rollUp(steps), steps,
                Duration.between(start, Instant.now()).toNanos() / 1000);
    }

    /** Why {@code step} may not run: the first need (or step it comes after) that did not pass; null when it may. */
    private static String blocker(Step step, Map<String, StepResult> done) {
        for (String need : step.needs()) {
            StepResult before = done.get(need);
            if (before == null) {
                return "needs " + need + ", which did not run before it";
            }
            if (!before.verdict().letsDependentsRun()) {
                return "needs " + need + " (" + before.verdict() + ")";
            }
        }
        for (String earlier : step.after()) {
            StepResult before = done.get(earlier); // null: the plan does not take that step in
            if (before != null && !before.verdict().letsDependentsRun()) {
                return "comes after " + earlier + " (" + before.verdict() + ")";
            }
        }
        return null;
    }

    private static StepResult runStep(Plan plan, Step step, TargetSession target, Instant deadline,
                                      ExecutorService worker) {
        long began = System.nanoTime();
        StepContext context = new StepContext(plan, step.id(), target, deadline);
        Verdict verdict;
        String reason;
        String location = null;
        AtomicReference<Thread> running = new AtomicReference<>();
        Future<?> body = worker.submit(() -> {
            running.set(Thread.currentThread());
            try {
                step.body().run(context);
            } catch (ProbeFailure | StepSkipped | StepBlocked expected) {
                throw expected;
            } catch (Throwable broke) {
                // described here, on the step's thread and within its budget: a playbook's own exception class could
                // take forever (or throw) to give its message
                throw new StepBroke(ScriptLocation.of(broke), ScriptLocation.describe(broke));
            }
            return null;
        });
        try {
            body.get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            verdict = Verdict.worstOf(context.findings().stream().map(Finding::verdict).toList()).worse(Verdict.PASS);
            reason = context.reasonLine();
        } catch (TimeoutException e) {
            Thread thread = running.get();
            String where = thread == null ? null : ScriptLocation.of(thread.getStackTrace()); // the loop's line
            body.cancel(true);
            verdict = Verdict.TIMEOUT;
            reason = where == null ? "still running when the device's budget ran out"
                    : "still running at " + where + " when the device's budget ran out";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.cancel(true);
            verdict = Verdict.ERROR;
            reason = "interrupted";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProbeFailure failure) {
                verdict = failure.verdict();
                reason = failure.getMessage();
            } else if (cause instanceof StepSkipped skipped) {
                verdict = Verdict.SKIP;
                reason = skipped.getMessage();
            } else if (cause instanceof StepBlocked blocked) {
                verdict = Verdict.BLOCKED;
                reason = blocked.getMessage();
            } else if (cause instanceof StepBroke broke) {
                verdict = Verdict.ERROR;
                location = broke.location();
                reason = broke.getMessage();
            } else {
                verdict = Verdict.ERROR;
                location = ScriptLocation.of(cause);
                reason = ScriptLocation.describe(cause);
            }
        }
        return new StepResult(step.id(), step.title(), step.hop(), verdict, reason, context.findings(), context.evidence(),
                (System.nanoTime() - began) / 1000, location);
    }

    private static StepResult verdictOnly(Step step, Verdict verdict, String reason) {
        return new StepResult(step.id(), step.title(), step.hop(), verdict, reason, List.of(), List.of(), 0, null);
    }
}
