package io.fpsh.probe;

import io.fpsh.drive.CommandResult;
import io.fpsh.drive.DeviceDriver;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs probes: on any target through its text (as on a real box), or on a lab from its state. */
public final class ProbeRunner {
    /** A probe's deadline unless told otherwise: longer than curl's and nslookup's own give-ups on the labs. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    private ProbeRunner() {}

    /** Sends the probe's line through {@code driver} and parses what comes back. Never throws. */
    public static <R extends Record> ProbeResult run(Probe<R> probe, List<String> typed, DeviceDriver driver, Duration deadline) {
        if (probe instanceof LabPageProbe<R> page) {
            Optional<ProbeResult> onLab = labPage(page, typed, driver);
            if (onLab.isPresent()) {
                return onLab.get();
            }
        }
        String target = driver.device().targetName();
        List<String> args = masked(typed);
        String sent = probe.command(typed);
        CommandResult result = driver.runReportingStatus(probe.mode(), sent, deadline);
        String output = SecretMask.mask(result.output());
        if (!result.completed()) {
            // the driver's error may quote the line sent, and with it a password typed in a proxy URL
            return new ProbeResult(probe.name(), args, target, status(result.outcome()), null,
                    SecretMask.mask(result.error()), evidence(sent, result, output, List.of()));
        }
        ProbeOutput parsed = new ProbeOutput(result.output(), result.exitStatus(), driver.device().referenceTime());
        try {
            R record = probe.parse(parsed, typed);
            return new ProbeResult(probe.name(), args, target, ProbeStatus.OK, record, null,
                    evidence(sent, result, output, parsed.sources()));
        } catch (ProbeParseException e) {
            if (probe instanceof LabPageProbe<?>) {
                return notALab(probe, typed, target); // a real FTD's clish refuses the stand-in's line
            }
            return new ProbeResult(probe.name(), args, target, ProbeStatus.PARSE_ERROR, null,
                    SecretMask.mask(e.getMessage()), evidence(sent, result, output, parsed.sources()));
        } catch (RuntimeException e) {
            // a parser's slip is still the probe's failure to read, never a stack trace
            return new ProbeResult(probe.name(), args, target, ProbeStatus.PARSE_ERROR, null,
                    probe.name() + ": could not read the output (" + e.getClass().getSimpleName() + ")",
                    evidence(sent, result, output, parsed.sources()));
        }
    }

    // --- lab-only probes (issue 12 §3): the pages of the world around a lab's device ---

    /**
     * A lab-only probe's page: from the device's stand-ins where it has them (a lab in process); empty to send its line
     * over SSH (fpsh's shell served over SSH answers it, a real FTD does not: {@link #notALab}); NOT_AVAILABLE on any
     * other target.
     */
    private static <R extends Record> Optional<ProbeResult> labPage(LabPageProbe<R> probe, List<String> typed,
                                                                     DeviceDriver driver) {
        String target = driver.device().targetName();
        Optional<io.fpsh.world.StandIns> standIns = driver.device().feature(io.fpsh.world.StandIns.class);
        if (standIns.isEmpty()) {
            return target.startsWith("ssh://") ? Optional.empty() : Optional.of(notALab(probe, typed, target));
        }
        long start = System.nanoTime();
        io.fpsh.world.StandIns.Result page = probe.ask(standIns.get());
        ProbeOutput parsed = new ProbeOutput(page.out() + page.err(), page.status(), driver.device().referenceTime());
        String sent = probe.command(typed);
        try {
            R record = probe.parse(parsed, typed);
            return Optional.of(new ProbeResult(probe.name(), masked(typed), target, ProbeStatus.OK, record, null,
                    new Evidence("text", sent, probe.mode(), page.out(), page.status(), (System.nanoTime() - start) / 1000,
                            parsed.sources())));
        } catch (ProbeParseException e) {
            return Optional.of(new ProbeResult(probe.name(), masked(typed), target, ProbeStatus.PARSE_ERROR, null,
                    e.getMessage(), new Evidence("text", sent, probe.mode(), page.out() + page.err(), page.status(),
                    (System.nanoTime() - start) / 1000, parsed.sources())));
        }
    }

    /** A lab-only probe on a target without the lab's pages: it does not apply there (a playbook step SKIPs). */
    private static ProbeResult notALab(Probe<?> probe, List<String> typed, String target) {
        return new ProbeResult(probe.name(), masked(typed), target, ProbeStatus.NOT_AVAILABLE, null,
                probe.name() + " works on labs only (" + target + " has no such page)", null);
    }

    /** The lab's own answer, or empty when the target has no model or the model none for this probe. */
    public static Optional<ProbeResult> fromModel(Probe<?> probe, List<String> args, ModelAnswers model, String target) {
        return model.answer(probe.name(), args).map(record -> new ProbeResult(probe.name(), masked(args), target, ProbeStatus.OK,
                record, null, new Evidence("model", SecretMask.mask(probe.command(args)), probe.mode(), "", 0, 0, List.of())));
    }

    /** The arguments as a result keeps them: a password typed in a URL (curl's proxy) is masked like the evidence. */
    private static List<String> masked(List<String> args) {
        return args.stream().map(SecretMask::mask).toList();
    }

    private static Evidence evidence(String sent, CommandResult result, String maskedOutput, List<Evidence.Source> noted) {
        List<Evidence.Source> sources = noted.stream()
                .map(s -> new Evidence.Source(s.field(), s.line(), SecretMask.mask(s.text()))).toList();
        return new Evidence("text", SecretMask.mask(sent), result.mode(), maskedOutput, result.exitStatus(),
                micros(result.duration()), sources);
    }

    private static ProbeStatus status(CommandResult.Outcome outcome) {
        return switch (outcome) {
            case COMPLETED -> ProbeStatus.OK;
            case TIMEOUT -> ProbeStatus.TIMEOUT;
            case UNREACHABLE -> ProbeStatus.UNREACHABLE;
            case NOT_AVAILABLE -> ProbeStatus.NOT_AVAILABLE;
        };
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}
