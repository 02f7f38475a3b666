package io.fpsh.teach;

import io.fpsh.ftd.LsofSockets;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.PmtoolStatus;
import io.fpsh.ftd.UnixSockets;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.CurlProbe;
import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.ModelAnswers;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One objective of a lesson: a state of the device, read through the probes' model answers (the records a playbook
 * reads), so any path to that state meets it and a command typed without effect does not. One record per kind.
 */
public sealed interface Objective {

    /** Whether the device's state, as {@code model} answers the probes now, meets this objective. */
    boolean metOn(ModelAnswers model);

    /** {@code resolves: NAME}: the device's nslookup, through its own DNS servers, gets an address for NAME. */
    record Resolves(String name) implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            return answer(model, "nslookup", List.of(name), DnsLookup.class)
                    .filter(lookup -> lookup.status().equals(DnsLookup.NOERROR))
                    .filter(lookup -> lookup.answers().stream().anyMatch(a -> a.type().equals("A")))
                    .isPresent();
        }
    }

    /**
     * {@code answers: URL [cacert: FILE]}: the device's curl gets an HTTP answer from URL, any status (the SSE
     * hosts answer 403 to a bare GET); with a CA file the server's chain must verify against it, as the guide's
     * registration check does.
     */
    record Answers(String url, String caFile) implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            List<String> args = caFile == null ? List.of(url) : List.of(CurlProbe.CACERT, caFile, url);
            return answer(model, "curl", args, CurlCheck.class)
                    .filter(check -> check.exitCode() == 0 && check.httpStatus() != null)
                    .isPresent();
        }
    }

    /**
     * {@code websocket: HOST}: the connector holds an ESTABLISHED connection to one of HOST's addresses (as the
     * device's DNS gives them), or to the device's HTTP proxy, which tunnels it there.
     */
    record WebsocketUp(String host) implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            Set<String> ends = new HashSet<>();
            answer(model, "nslookup", List.of(host), DnsLookup.class).ifPresent(lookup -> lookup.answers().stream()
                    .filter(a -> a.type().equals("A")).forEach(a -> ends.add(a.data() + ":443")));
            answer(model, "show-network", List.of(), NetworkInfo.class).map(NetworkInfo::proxy)
                    .filter(NetworkInfo.Proxy::enabled).ifPresent(p -> ends.add(p.address() + ":" + p.port()));
            return answer(model, "lsof", List.of(), LsofSockets.class).stream()
                    .flatMap(listing -> listing.sockets().stream())
                    .anyMatch(s -> s.command().equals("connector") && "ESTABLISHED".equals(s.tcpState())
                            && s.remoteEnd() != null && ends.contains(s.remoteEnd()));
        }
    }

    /** {@code daemon: NAME}: pmtool shows the daemon Running. */
    record DaemonRunning(String name) implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            return answer(model, "pmtool", List.of(), PmtoolStatus.class).stream()
                    .flatMap(status -> status.daemons().stream())
                    .anyMatch(d -> d.name().equals(name) && "Running".equals(d.state()));
        }
    }

    /** {@code socket: PATH}: netstat shows a CONNECTED unix socket at PATH (a daemon attached to its listener). */
    record SocketConnected(String path) implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            return answer(model, "netstat", List.of(), UnixSockets.class).stream()
                    .flatMap(sockets -> sockets.sockets().stream())
                    .anyMatch(s -> path.equals(s.path()) && "CONNECTED".equals(s.state()));
        }
    }

    // --- the world's kinds (issue 12 §3): the SSE portal, read through the lab-only probes ---

    /**
     * {@code sseEvents: true}: the device's events are arriving in SSE: the portal's newest event came within the
     * event flow's period of the device's clock (a flow that starts now shows its first event at once).
     */
    record SseEventsArriving() implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            java.time.Instant now = answer(model, "clock", List.of(), io.fpsh.probe.ClockReading.class)
                    .map(io.fpsh.probe.ClockReading::deviceTime).orElse(null);
            return now != null && answer(model, "sse-events", List.of(), io.fpsh.world.SseEvents.class).stream()
                    .flatMap(page -> page.events().stream())
                    .anyMatch(e -> !e.time().isAfter(now) && e.time().isAfter(now.minus(io.fpsh.world.WorldPages.EVENT_PERIOD).minusSeconds(1)));
        }
    }

    /** {@code sseDevice: NAME}: the SSE portal lists NAME, Registered. */
    record SseDeviceRegistered(String name) implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            return answer(model, "sse-devices", List.of(), io.fpsh.world.SseDevices.class).stream()
                    .flatMap(page -> page.devices().stream())
                    .anyMatch(d -> d.name().equals(name) && d.status().equals("Registered"));
        }
    }

    // --- steps walked and causes stated (the tutorial and diagnosis labs): read from the lesson's trail ---

    /** {@code walked: STEP}: the student walked a step of the tutorial (a mode entered, {@code ?} listed...). */
    record Walked(LessonTrail.Step step) implements Objective {
        @Override
        public boolean metOn(ModelAnswers model) {
            return trail(model).walked().contains(step);
        }
    }

    /**
     * {@code diagnosis: [CAUSE, ...]}: for a fault no device command fixes (a server's certificate, a zone on the
     * site's DNS), the student stated its cause with {@code :lab answer}: one of the answers given matches an
     * accepted one ({@link CauseAnswer}); the lab's finding ids are accepted too.
     */
    record Diagnosis(List<String> accepted) implements Objective {
        public Diagnosis {
            accepted = List.copyOf(accepted);
        }

        @Override
        public boolean metOn(ModelAnswers model) {
            return trail(model).answers().stream().anyMatch(a -> CauseAnswer.matches(a, accepted));
        }
    }

    /** The lesson's trail as the model keeps it; none (not a lab): nothing walked, nothing answered. */
    private static LessonTrail.Progress trail(ModelAnswers model) {
        return answer(model, LessonTrail.PROBE, List.of(), LessonTrail.Progress.class)
                .orElseGet(() -> new LessonTrail.Progress(Set.of(), List.of()));
    }

    private static <R extends Record> Optional<R> answer(ModelAnswers model, String probe, List<String> args, Class<R> type) {
        return model.answer(probe, args).filter(type::isInstance).map(type::cast);
    }
}
