package io.fpsh.lab;

import io.fpsh.probe.CurlProbe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a lab's {@code teaching} part must hold ({@link LabFile.Teaching}): a title and a story, at least one objective of
 * exactly one kind, each one the lab's model can answer, and a solution where one may be shown. Problems go through
 * {@link LabValidator}'s one-line errors (file, line, field).
 */
final class TeachingRules {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final String KINDS = "resolves, answers, websocket, daemon, socket, sseEvents, sseDevice, walked or diagnosis";

    /** How a rule reports: {@link LabValidator#failAt}, the line found by {@code placeField}, the message naming {@code field}. */
    @FunctionalInterface
    interface Failure {
        void fail(String placeField, String field, String problem) throws LabException;
    }

    private final Failure report;

    TeachingRules(Failure report) {
        this.report = report;
    }

    void validate(LabFile lab) throws LabException {
        LabFile.Teaching teaching = lab.teaching();
        if (teaching == null) {
            return;
        }
        required(teaching.title(), "teaching.title");
        required(teaching.story(), "teaching.story");
        if (teaching.objectives() == null || teaching.objectives().isEmpty()) {
            fail("teaching.objectives", "required: at least one objective (" + KINDS + ")");
        }
        for (LabFile.Objective objective : teaching.objectives()) {
            objective(objective, lab);
        }
        for (String hint : Objects.requireNonNullElse(teaching.hints(), List.<String>of())) {
            if (hint == null || hint.isBlank()) {
                fail("teaching.hints", "each hint is a sentence (got an empty one)");
            }
        }
        for (String line : Objects.requireNonNullElse(teaching.solution(), List.<String>of())) {
            if (line == null) {
                fail("teaching.solution", "each entry is a line typed (an empty answer is written '')");
            }
        }
        if (teaching.solutionAllowed() && (teaching.solution() == null || teaching.solution().isEmpty())) {
            fail("teaching.allowSolution", "true, but there is no teaching.solution to show");
        }
    }

    private void objective(LabFile.Objective objective, LabFile lab) throws LabException {
        if (objective == null) {
            fail("teaching.objectives", "an objective is empty: each is one of " + KINDS);
            return;
        }
        List<String> set = new ArrayList<>();
        addIfSet(set, "resolves", objective.resolves());
        addIfSet(set, "answers", objective.answers());
        addIfSet(set, "websocket", objective.websocket());
        addIfSet(set, "daemon", objective.daemon());
        addIfSet(set, "socket", objective.socket());
        // the world's kinds (issue 12 §3)
        addIfSet(set, "sseEvents", objective.sseEvents() == null ? null : objective.sseEvents().toString());
        addIfSet(set, "sseDevice", objective.sseDevice());
        addIfSet(set, "walked", objective.walked());
        addIfSet(set, "diagnosis", objective.diagnosis() == null ? null : String.join(", ", objective.diagnosis()));
        if (set.isEmpty()) {
            fail(objective.cacert() != null ? "teaching.objectives.cacert" : "teaching.objectives",
                    "an objective is one of " + KINDS + " (got none)");
        }
        if (set.size() > 1) {
            String second = set.get(1);
            String value = switch (second) {
                case "answers" -> objective.answers();
                case "websocket" -> objective.websocket();
                case "daemon" -> objective.daemon();
                case "sseEvents" -> String.valueOf(objective.sseEvents());
                case "sseDevice" -> objective.sseDevice();
                case "walked" -> objective.walked();
                case "diagnosis" -> "[" + String.join(", ", objective.diagnosis()) + "]";
                default -> objective.socket();
            };
            fail("teaching.objectives." + second, "an objective is one of " + KINDS + ", not both "
                    + set.get(0) + " and " + second + " (got '" + second + ": " + value + "')");
        }
        if (objective.cacert() != null && objective.answers() == null) {
            fail("teaching.objectives.cacert", "goes with answers: URL (got 'cacert: " + objective.cacert() + "')");
        }
        if (objective.resolves() != null) {
            host(objective.resolves(), "teaching.objectives.resolves");
        }
        if (objective.websocket() != null) {
            host(objective.websocket(), "teaching.objectives.websocket");
        }
        if (objective.answers() != null) {
            httpsUrl(objective.answers());
        }
        if (objective.cacert() != null && !objective.cacert().equals(CurlProbe.CONNECTOR_CA)) {
            // the lab's model of curl --cacert knows the connector's CA file only
            fail("teaching.objectives.cacert", "only " + CurlProbe.CONNECTOR_CA + " can be checked (got '"
                    + objective.cacert() + "')");
        }
        if (objective.daemon() != null && Objects.requireNonNullElse(lab.processes(), List.<LabFile.Process>of()).stream()
                .noneMatch(p -> p.name().equals(objective.daemon()))) {
            fail("teaching.objectives.daemon", "no process named '" + objective.daemon() + "' in processes");
        }
        if (Boolean.FALSE.equals(objective.sseEvents())) {
            fail("teaching.objectives.sseEvents", "an objective is what must come true: write sseEvents: true");
        }
        if (objective.sseDevice() != null) {
            host(objective.sseDevice(), "teaching.objectives.sseDevice");
        }
        if (objective.socket() != null && !objective.socket().startsWith("/")) {
            fail("teaching.objectives.socket", "a unix socket's absolute path (got '" + objective.socket() + "')");
        }
        trailObjective(objective);
    }

    // --- steps walked and causes stated (the tutorial and diagnosis labs) ---

    private void trailObjective(LabFile.Objective objective) throws LabException {
        if (objective.walked() != null && io.fpsh.teach.LessonTrail.Step.of(objective.walked()).isEmpty()) {
            fail("teaching.objectives.walked", "one of " + io.fpsh.teach.LessonTrail.Step.names() + " (got '"
                    + objective.walked() + "')");
        }
        if (objective.diagnosis() == null) {
            return;
        }
        if (objective.diagnosis().isEmpty()) {
            fail("teaching.objectives.diagnosis", "at least one accepted cause, in a few plain words");
        }
        for (String cause : objective.diagnosis()) {
            if (cause == null || cause.isBlank() || io.fpsh.teach.CauseAnswer.tooLong(cause)) {
                fail("teaching.objectives.diagnosis", "each accepted cause is 1 to " + io.fpsh.teach.CauseAnswer.MAX_WORDS
                        + " words (got '" + cause + "')");
            }
        }
    }

    private static void addIfSet(List<String> set, String kind, String value) {
        if (value != null) {
            set.add(kind);
        }
    }

    /** https://NAME[:443]/..., what the lab's curl model answers. */
    private void httpsUrl(String url) throws LabException {
        String problem = "not an https URL of a host name such as https://api-sse.cisco.com/ (got '" + url + "')";
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()
                    || (uri.getPort() != -1 && uri.getPort() != 443) || uri.getUserInfo() != null) {
                fail("teaching.objectives.answers", problem);
            }
        } catch (URISyntaxException e) {
            fail("teaching.objectives.answers", problem);
        }
    }

    private void host(String value, String field) throws LabException {
        if (value.length() > 253 || !HOST.matcher(value).matches()) {
            fail(field, "not a host name: '" + value + "'");
        }
    }

    /** A missing field is placed at the line of {@code teaching:}, where it should have been written. */
    private void required(String value, String field) throws LabException {
        if (value == null || value.isBlank()) {
            report.fail("teaching", field, "required");
        }
    }

    private void fail(String field, String problem) throws LabException {
        report.fail(field, field, problem);
    }
}
