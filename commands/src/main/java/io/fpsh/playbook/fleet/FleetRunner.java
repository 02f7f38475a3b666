package io.fpsh.playbook.fleet;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookSession;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Step;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one playbook on many devices, {@code parallel} at a time, each isolated: its own session, its per-command
 * time-out, its budget, and the run's deadline. A device is watched from outside its own thread: one still busy at
 * its budget (a connection that never logs in, a command that never returns) is abandoned, its session closed under
 * it, and reported TIMEOUT, so it holds its worker no longer than its budget and never delays the others. A device
 * that cannot be connected to is UNREACHABLE. Never throws for what a device does.
 */
public final class FleetRunner {
    /** What a device's own run may take past its budget before it is abandoned: the driver's Ctrl-C and its grace. */
    static final Duration ABANDON_GRACE = Duration.ofSeconds(5);

    private FleetRunner() {}

    public static RunReport run(Plan plan, List<InventoryHost> hosts, DeviceOpener opener, RunOptions options,
                                FleetOptions fleet, PlaybookSession.FixApproval approval, FleetListener listener) {
        return run(plan, host -> plan, hosts, opener, options, fleet, approval, listener);
    }

    /** As above, each host running its own {@code plans.apply(host)} (a {@code --rerun}'s steps for that device). */
    public static RunReport run(Plan plan, Function<InventoryHost, Plan> plans, List<InventoryHost> hosts,
                                DeviceOpener opener, RunOptions options, FleetOptions fleet,
                                PlaybookSession.FixApproval approval, FleetListener listener) {
        Instant started = Instant.now();
        Instant runDeadline = started.plus(fleet.runDeadline());
        ExecutorService slots = Executors.newFixedThreadPool(Math.min(fleet.parallel(), Math.max(1, hosts.size())),
                daemons("fpsh-fleet-slot"));
        // a device's own work runs on a thread of its own, so that its slot can give it up at the budget
        ExecutorService bodies = Executors.newCachedThreadPool(daemons("fpsh-fleet-device"));
        DeviceReport[] reports = new DeviceReport[hosts.size()];
        List<Future<?>> all = new ArrayList<>();
        try {
            for (int i = 0; i < hosts.size(); i++) {
                int index = i;
                InventoryHost host = hosts.get(i);
                all.add(slots.submit(() -> {
                    DeviceReport report = runOne(plans.apply(host), host, opener, options, runDeadline, approval,
                            listener, bodies);
                    reports[index] = report;
                    listener.finished(host, report);
                }));
            }
            for (Future<?> slot : all) {
                waitFor(slot);
            }
        } finally {
            slots.shutdownNow();
            bodies.shutdownNow();
        }
        List<DeviceReport> devices = new ArrayList<>();
        for (int i = 0; i < reports.length; i++) {
            devices.add(reports[i] != null ? reports[i]
                    : verdictOnly(plan, hosts.get(i), Verdict.TIMEOUT, "the run was stopped", Instant.now()));
        }
        return new RunReport(plan.name(), started, Duration.between(started, Instant.now()).toNanos() / 1000, devices);
    }

    private static DeviceReport runOne(Plan plan, InventoryHost host, DeviceOpener opener, RunOptions options,
                                       Instant runDeadline, PlaybookSession.FixApproval approval,
                                       FleetListener listener, ExecutorService bodies) {
        Instant start = Instant.now();
        Duration budget = shorter(options.deviceBudget(), Duration.between(start, runDeadline));
        if (budget.isNegative() || budget.isZero()) {
            return verdictOnly(plan, host, Verdict.TIMEOUT, "not started: the run's deadline had passed", start);
        }
        listener.started(host);
        Instant deadline = start.plus(budget);
        AtomicReference<Device> opened = new AtomicReference<>();
        Future<DeviceReport> body;
        try {
            body = bodies.submit(() -> connectAndRun(plan, host, opener, options, deadline, approval, opened, start));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return verdictOnly(plan, host, Verdict.ERROR, "the run was stopped", start);
        }
        try {
            return body.get(budget.plus(ABANDON_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            body.cancel(true);
            closeQuietly(opened.getAndSet(null));
            return verdictOnly(plan, host, Verdict.TIMEOUT, "still busy at its budget of " + seconds(budget)
                    + ": abandoned, its session closed", start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.cancel(true);
            closeQuietly(opened.getAndSet(null));
            return verdictOnly(plan, host, Verdict.TIMEOUT, "the run was stopped", start);
        } catch (ExecutionException e) {
            closeQuietly(opened.getAndSet(null));
            return verdictOnly(plan, host, Verdict.ERROR, "fpsh failed on this device ("
                    + e.getCause().getClass().getSimpleName() + ")", start);
        }
    }

    private static DeviceReport connectAndRun(Plan plan, InventoryHost host, DeviceOpener opener, RunOptions options,
                                              Instant deadline, PlaybookSession.FixApproval approval,
                                              AtomicReference<Device> opened, Instant start) {
        OpenedDevice device;
        try {
            device = opener.open(host);
        } catch (TargetException e) {
            String line = e.getMessage() == null ? "cannot connect" : e.getMessage().strip().lines()
                    .reduce((first, second) -> second).orElse("cannot connect");
            return verdictOnly(plan, host, Verdict.UNREACHABLE, line, start);
        }
        opened.set(device.device());
        try (DeviceDriver driver = new DeviceDriver(device.device(), device.credentials())) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return verdictOnly(plan, host, Verdict.TIMEOUT, "connecting took all of its budget", start);
            }
            Map<String, String> params = new HashMap<>(host.data());
            params.putAll(options.params()); // --param on the command line wins, as Ansible's extra vars do
            TargetSession target = new TargetSession(driver, params, options.commandTimeout());
            RunOptions own = new RunOptions(params, options.commandTimeout(), left, options.fix(),
                    options.allowChanges());
            DeviceReport report = PlaybookSession.run(plan, target, own, approval, step -> { });
            return new DeviceReport(host.name(), report.run(), report.beforeFixes(), report.fixes());
        } finally {
            Device open = opened.getAndSet(null);
            closeQuietly(open);
        }
    }

    /** Every step of the plan with one verdict and reason: a device that could not be run (or was abandoned). */
    static DeviceReport verdictOnly(Plan plan, InventoryHost host, Verdict verdict, String reason, Instant start) {
        List<StepResult> steps = new ArrayList<>();
        for (Step step : plan.steps()) {
            steps.add(new StepResult(step.id(), step.title(), step.hop(), verdict, reason, List.of(), List.of(), 0,
                    null));
        }
        long micros = Duration.between(start, Instant.now()).toNanos() / 1000;
        DeviceRun run = new DeviceRun(plan.name(), host.target(), verdict, steps, micros);
        return new DeviceReport(host.name(), run, null, List.of());
    }

    private static void closeQuietly(Device device) {
        if (device != null) {
            try {
                device.close();
            } catch (RuntimeException e) {
                // closing is all that is left to do for it
            }
        }
    }

    private static void waitFor(Future<?> slot) {
        try {
            slot.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // a listener's slip: the device's report is kept, the run goes on
        }
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
