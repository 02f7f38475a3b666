package io.fpsh.playbook;

import io.fpsh.drive.DeviceDriver;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.SecretMask;
import io.fpsh.ssh.DeviceChanges;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One device as a playbook run sees it: the driver that reaches it (lab, SSH or local alike: every probe goes
 * through the device's text), what the engineer knows about its site ({@link #param}), the per-command time-out,
 * and the probe results already read in this run (the same line is sent once until a fix changes the device).
 */
public final class TargetSession {
    /** A probe's own time-out unless told otherwise (the issue's --timeout S sets it). */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final DeviceDriver driver;
    private final Map<String, String> params;
    private final Duration commandTimeout;
    private final Map<String, ProbeResult> read = new HashMap<>();

    public TargetSession(DeviceDriver driver, Map<String, String> params, Duration commandTimeout) {
        this.driver = driver;
        this.params = Map.copyOf(params);
        this.commandTimeout = commandTimeout;
    }

    public String name() {
        return driver.device().targetName();
    }

    public DeviceDriver driver() {
        return driver;
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    public Duration commandTimeout() {
        return commandTimeout;
    }

    /**
     * The probe's result, read once per run: a second step asking the same question gets the same answer. A line
     * that would change the device is not sent, by the change guard's table: a playbook changes a device only in a
     * fix ({@link PlaybookSession}), whatever its steps try.
     */
    ProbeResult probe(Probe<?> probe, List<String> args, Duration deadline) {
        String line = probe.command(args);
        if (DeviceChanges.standard().changes(probe.mode(), line)) {
            throw new IllegalStateException("not sent: '" + SecretMask.mask(line) + "' changes " + name()
                    + "; a playbook changes a device only through a finding's fix (--fix)");
        }
        String key = probe.name() + '\0' + String.join("\0", args);
        ProbeResult cached = read.get(key);
        if (cached != null && cached.ok()) {
            return cached;
        }
        ProbeResult result = ProbeRunner.run(probe, args, driver, deadline);
        read.put(key, result);
        return result;
    }

    /** What a step's context holds of this session: its probes and params, never its driver. */
    StepTarget forSteps() {
        return new StepTarget() {
            @Override public String name() { return TargetSession.this.name(); }

            @Override public Optional<String> param(String name) { return TargetSession.this.param(name); }

            @Override public Duration commandTimeout() { return TargetSession.this.commandTimeout(); }

            @Override public ProbeResult probe(Probe<?> probe, List<String> args, Duration deadline) {
                return TargetSession.this.probe(probe, args, deadline);
            }
        };
    }

    /** After a fix: the device changed, everything is read again. */
    public void forget() {
        read.clear();
    }
}
