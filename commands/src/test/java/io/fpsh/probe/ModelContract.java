package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract between a lab's model and its text: for a probe, the model's answer equals what the probe's parser
 * reads from the device's output. Works with any {@link DeviceDriver} (a lab in process, a lab served over SSH) and
 * the {@link ModelAnswers} of the lab behind it.
 */
public final class ModelContract {

    /** How one probe fared. */
    public enum Verdict { SAME, DIFFERENT, TEXT_FAILED, NO_MODEL_ANSWER, NO_SAMPLE_ARGUMENTS }

    /** One probe's model answer next to its text answer; {@code detail} says why it is not {@link Verdict#SAME}. */
    public record Comparison(String probe, List<String> arguments, Verdict verdict, ProbeResult model, ProbeResult text,
                             String detail) {
        public boolean same() {
            return verdict == Verdict.SAME;
        }

        /** The probe and its arguments as typed: {@code nslookup api-sse.cisco.com 192.0.2.11}. */
        public String asked() {
            return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(probe), arguments.stream()).toList());
        }
    }

    /** A probe with the arguments the contract asks it with. */
    public record Sample(Probe<?> probe, List<String> arguments) {}

    /** A name under the SSE zone that no lab's DNS knows: NXDOMAIN from a working server. */
    static final String NO_SUCH_NAME = "nosuch.sse.itd.cisco.com";

    private ModelContract() {}

    /**
     * The one place that says what every registered probe is asked on a lab, in {@link Probes}' order: a probe
     * without arguments once; curl for canConnect's URL and for the connector's eventing host, and the guide's
     * registration URL with --cacert connectorCA.pem; nslookup for the
     * connector's cloud name with the device's own resolver and, where the lab has them, with a working server and
     * with a silent one named, and a name no lab has.
     */
    public static List<Sample> samples(LabFile lab) {
        LabFile.Connector connector = lab.connector();
        List<Sample> samples = new ArrayList<>();
        for (Probe<?> probe : Probes.all()) {
            switch (probe.name()) {
                case "curl" -> {
                    samples.add(new Sample(probe, List.of("https://" + connector.fqdn() + "/providers/sse/api/v1/regions")));
                    samples.add(new Sample(probe, List.of("https://" + connector.eventingHost() + "/events")));
                    samples.add(new Sample(probe, List.of(CurlProbe.CACERT, CurlProbe.CONNECTOR_CA,
                            "https://" + connector.fqdn() + "/providers/sse/services/registration/api/v2/clients")));
                }
                case "nslookup" -> {
                    samples.add(new Sample(probe, List.of(connector.fqdn())));
                    samples.add(new Sample(probe, List.of(NO_SUCH_NAME)));
                    for (String behaviour : List.of("answer", "silent")) {
                        lab.network().dnsServers().stream().filter(server -> server.behaviour().equals(behaviour)).findFirst()
                                .ifPresent(server -> samples.add(new Sample(probe, List.of(connector.fqdn(), server.address()))));
                    }
                }
                default -> samples.add(new Sample(probe, List.of()));
            }
        }
        return samples;
    }

    /**
     * One probe: its model answer (asked twice: the same both times) against its text answer through the driver.
     * The model is asked again once the text is back: a schedule of the lab (canConnect's minute, the websocket's
     * retries) may tick between the two, so the text matches the state before it or the state after it.
     */
    public static Comparison compare(Sample sample, DeviceDriver driver, ModelAnswers model, Duration deadline) {
        Probe<?> probe = sample.probe();
        List<String> args = sample.arguments();
        try {
            probe.checkArguments(args);
        } catch (ProbeUsageException e) {
            return new Comparison(probe.name(), args, Verdict.NO_SAMPLE_ARGUMENTS, null, null,
                    "no sample arguments for " + probe.name() + ": " + e.getMessage());
        }
        String target = driver.device().targetName();
        Optional<ProbeResult> first = ProbeRunner.fromModel(probe, args, model, target);
        if (first.isEmpty()) {
            return new Comparison(probe.name(), args, Verdict.NO_MODEL_ANSWER, null, null,
                    target + " has no model answer for " + probe.name());
        }
        ProbeResult again = ProbeRunner.fromModel(probe, args, model, target).orElseThrow();
        if (!Objects.equals(comparable(first.get().record()), comparable(again.record()))) {
            return new Comparison(probe.name(), args, Verdict.DIFFERENT, first.get(), null,
                    "the model answered twice differently:\n  " + first.get().record() + "\n  " + again.record());
        }
        ProbeResult text = ProbeRunner.run(probe, args, driver, deadline);
        if (!text.ok()) {
            return new Comparison(probe.name(), args, Verdict.TEXT_FAILED, first.get(), text,
                    text.status() + ": " + text.error() + evidence(text));
        }
        ProbeResult after = ProbeRunner.fromModel(probe, args, model, target).orElseThrow();
        Object read = comparable(text.record());
        if (!read.equals(comparable(again.record())) && !read.equals(comparable(after.record()))) {
            return new Comparison(probe.name(), args, Verdict.DIFFERENT, first.get(), text,
                    "model: " + after.record() + "\ntext:  " + text.record() + evidence(text));
        }
        return new Comparison(probe.name(), args, Verdict.SAME, first.get(), text, "");
    }

    /** What the contract compares of a record: all of it, except what moves with the clocks ({@link TimeDependent}). */
    public static Object comparable(Record record) {
        return record instanceof TimeDependent moving ? moving.timeless() : record;
    }

    /**
     * What asking the model must not do to the session: add a line to the clish's history or change the expert
     * shell's {@code $?}. Asks every probe's model answer between two looks; returns the problems found (none: empty).
     */
    public static List<String> sideEffectsOfAsking(DeviceDriver driver, ModelAnswers model, LabFile lab, Duration deadline) {
        List<String> problems = new ArrayList<>();
        int before = lines(run(driver, Mode.CLISH, "history", deadline));
        int step = lines(run(driver, Mode.CLISH, "history", deadline)) - before;
        askEveryProbe(model, lab);
        int after = lines(run(driver, Mode.CLISH, "history", deadline));
        if (after != before + 2 * step) {
            problems.add("asking the model changed the clish history: " + (after - before - 2 * step) + " more line(s)");
        }
        run(driver, Mode.EXPERT, "false", deadline);
        askEveryProbe(model, lab);
        String status = run(driver, Mode.EXPERT, "echo $?", deadline).strip();
        if (!status.equals("1")) {
            problems.add("asking the model changed the expert shell's $?: " + status + " after 'false'");
        }
        return problems;
    }

    /** Types the fix's line in its mode and answers its questions; returns the line's output (the driver's when none). */
    public static CommandResult apply(LabFixes.Fix fix, DeviceDriver driver, Duration deadline) {
        return driver.runAnswering(fix.mode(), fix.line(), fix.answers(), deadline);
    }

    private static void askEveryProbe(ModelAnswers model, LabFile lab) {
        for (Sample sample : samples(lab)) {
            model.answer(sample.probe().name(), sample.arguments());
        }
    }

    private static String run(DeviceDriver driver, Mode mode, String line, Duration deadline) {
        CommandResult result = driver.run(mode, line, deadline);
        if (!result.completed()) {
            throw new AssertionError("'" + line + "' in " + mode + ": " + result.outcome() + ": " + result.error());
        }
        return result.stdout();
    }

    private static int lines(String text) {
        return (int) text.lines().count();
    }

    private static String evidence(ProbeResult result) {
        return result.evidence() == null ? "" : "\nsent '" + result.evidence().sent() + "' in " + result.evidence().mode()
                + ", exit " + result.evidence().exitStatus() + ", output:\n" + result.evidence().output();
    }
}
