package io.fpsh.shell;

import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookSession;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.report.RerunSelection;
import io.fpsh.playbook.fleet.FleetJsonLine;
import io.fpsh.playbook.fleet.FleetListener;
import io.fpsh.playbook.fleet.FleetOptions;
import io.fpsh.playbook.fleet.FleetProgress;
import io.fpsh.playbook.fleet.FleetRunner;
import io.fpsh.playbook.fleet.FleetSummary;
import io.fpsh.playbook.fleet.Inventory;
import io.fpsh.playbook.fleet.InventoryDevices;
import io.fpsh.playbook.fleet.InventoryException;
import io.fpsh.playbook.fleet.InventoryHost;
import io.fpsh.playbook.fleet.InventoryReader;
import io.fpsh.playbook.DeviceReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code fpsh run PLAYBOOK --inventory FILE [--parallel N] [--limit X]}: the playbook on every host of the inventory.
 * stdout gets one JSON line per device as it finishes (for jq and log collectors); stderr, the person's channel, gets
 * the progress line (on a terminal) and the summary table at the end. The returned report is the whole fleet's, for
 * the {@code --json}, {@code --html} and {@code --junit} writers and the exit status.
 */
public final class FleetLaunch {
    /** How often the progress line is redrawn. */
    private static final long REDRAW_MILLIS = 250;
    /** Back to the start of the line, then erase it: where the bar was. */
    private static final String CLEAR_LINE = "\r\033[K";

    /**
     * What the command line asked for.
     *
     * @param inventory   {@code --inventory FILE}
     * @param limit       {@code --limit GROUP|HOST[,...]}, or null for all
     * @param parallel    {@code --parallel N}
     * @param runDeadline the most the whole run may take
     * @param options     each device's: {@code --param}s, {@code --timeout S}, the budget, {@code --fix}
     * @param environment where {@code password-env} and {@code ${VAR}} are looked up ({@code System.getenv()})
     */
    public record Request(Path inventory, String limit, int parallel, Duration runDeadline, RunOptions options,
                          Map<String, String> environment) {}

    private FleetLaunch() {}

    /**
     * Runs {@code plan} on the inventory's devices. A bad inventory, limit, unset password variable or a parallel out
     * of range is a usage error (exit 2) before anything connects.
     *
     * @param progressShown whether stderr is a terminal (the progress line is redrawn in place there only)
     */
    public static RunReport run(Plan plan, Request request, PrintStream out, PrintStream err, boolean progressShown)
            throws FpshException {
        return run(plan, null, request, out, err, progressShown);
    }

    /**
     * As above; with {@code rerun} ({@code --rerun OLD.json}) only the devices the old run did not pass, each with
     * the steps it did not pass and the steps those need.
     */
    public static RunReport run(Plan plan, RerunSelection rerun, Request request, PrintStream out, PrintStream err,
                                boolean progressShown) throws FpshException {
        FleetOptions fleet;
        try {
            fleet = new FleetOptions(request.parallel(), request.runDeadline());
        } catch (IllegalArgumentException e) {
            throw FpshException.usage("run: " + e.getMessage());
        }
        List<InventoryHost> hosts;
        try {
            Inventory inventory = InventoryReader.read(request.inventory(), request.environment());
            hosts = inventory.limit(request.limit());
            if (rerun != null) {
                hosts = hosts.stream().filter(h -> rerun.includes(h.target())).toList();
            }
            InventoryDevices.checkEnvironment(hosts, request.environment());
        } catch (InventoryException e) {
            throw FpshException.usage(e.getMessage());
        }
        String asked = hosts.stream().anyMatch(h -> !h.isLab() && h.access().askPassword()) ? askOnce() : null;
        InventoryDevices opener = new InventoryDevices(request.environment(), asked, request.options().commandTimeout());
        FleetProgress progress = new FleetProgress(hosts.size());
        // stdout and stderr are often the same terminal: a JSON line is written with the bar off that line, so it
        // starts a line of its own (else it follows the bar's text), and the bar is drawn again below it
        Object terminal = new Object();
        FleetListener listener = new FleetListener() {
            @Override
            public void started(InventoryHost host) {
                progress.started(host);
            }

            @Override
            public void finished(InventoryHost host, DeviceReport report) {
                progress.finished(host, report);
                String line = FleetJsonLine.of(host, report);
                synchronized (terminal) {
                    if (progressShown) {
                        err.print(CLEAR_LINE);
                        err.flush();
                    }
                    out.println(line);
                    out.flush();
                    if (progressShown) {
                        err.print(progress.line());
                        err.flush();
                    }
                }
            }
        };
        ScheduledExecutorService redraw = progressShown ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fpsh-fleet-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (redraw != null) {
            redraw.scheduleAtFixedRate(() -> {
                synchronized (terminal) {
                    err.print(CLEAR_LINE + progress.line());
                    err.flush();
                }
            }, 0, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        }
        PlaybookSession.FixApproval approval = (finding, command) -> request.options().fix() == RunOptions.FixMode.YES;
        RunReport report;
        try {
            report = FleetRunner.run(plan, host -> rerun == null ? plan : rerun.planFor(plan, host.target()), hosts,
                    opener, request.options(), fleet, approval, listener);
        } finally {
            if (redraw != null) {
                redraw.shutdownNow();
                awaitQuietly(redraw);
                err.print(CLEAR_LINE);
            }
        }
        err.print(FleetSummary.of(report));
        err.flush();
        return report;
    }

    /**
     * The password for the hosts with {@code ask-password}, asked once on the terminal with echo off, before anything
     * connects; stdout may be a file (the JSON lines): the question is on stderr's terminal then.
     */
    private static String askOnce() throws FpshException {
        if (!StderrTerminal.canAsk()) {
            throw FpshException.usage("run: the inventory says ask-password but there is no terminal to ask on:"
                    + " give password-env: VARIABLE instead");
        }
        char[] typed;
        try {
            typed = StderrTerminal.readPassword("Password for the fleet's ask-password hosts: ");
        } catch (IOException e) {
            throw new FpshException("run: the password could not be read on the terminal: " + e.getMessage(), 1);
        }
        if (typed == null || typed.length == 0) {
            throw new FpshException("run: no password given", 1);
        }
        try {
            return new String(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private static void awaitQuietly(ScheduledExecutorService redraw) {
        try {
            redraw.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code fpsh run}'s request: this process's environment, and no run deadline unless {@code --deadline S}. */
    public static Request request(Path inventory, String limit, int parallel, Duration deadline, RunOptions options) {
        return new Request(inventory, limit, parallel, deadline == null ? Duration.ofDays(1) : deadline, options,
                System.getenv());
    }
}
