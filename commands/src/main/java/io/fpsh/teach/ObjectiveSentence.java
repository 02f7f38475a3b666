package io.fpsh.teach;

/**
 * An objective as one sentence for {@code :lab} and {@code fpsh lab show}: what must be true of the device, never
 * how to make it true.
 */
public final class ObjectiveSentence {
    private ObjectiveSentence() {}

    public static String of(Objective objective) {
        if (objective instanceof Objective.Resolves r) {
            return r.name() + " resolves through the device's DNS servers";
        }
        if (objective instanceof Objective.Answers a) {
            return a.caFile() == null ? a.url() + " answers the device's curl (any HTTP status, 403 too)"
                    : a.url() + " answers the device's curl, its chain verified by " + a.caFile();
        }
        if (objective instanceof Objective.WebsocketUp w) {
            return "the connector's websocket to " + w.host() + " is ESTABLISHED";
        }
        if (objective instanceof Objective.DaemonRunning d) {
            return "pmtool shows " + d.name() + " Running";
        }
        // the world's kinds (issue 12 §3)
        if (objective instanceof Objective.SseEventsArriving) {
            return "the device's events are arriving in the SSE portal";
        }
        if (objective instanceof Objective.SseDeviceRegistered d) {
            return "the SSE portal lists " + d.name() + ", Registered";
        }
        // --- steps walked and causes stated ---
        if (objective instanceof Objective.Walked w) {
            return switch (w.step()) {
                case HELP -> "you listed what may come next with ? at the clish";
                case COMPLETION -> "you completed a word with Tab";
                case ABBREVIATION -> "you ran a clish command typed in abbreviated words (sh for show)";
                case EXPERT -> "you entered expert mode";
                case ROOT -> "you became root";
                case CLISH_AGAIN -> "you came back out of the Linux shell to the clish";
                case CURL_SSE -> "the device's curl got an HTTP answer from an SSE host over TLS";
            };
        }
        if (objective instanceof Objective.Diagnosis) {
            return "you stated the fault's cause (:lab answer TEXT)";
        }
        Objective.SocketConnected s = (Objective.SocketConnected) objective;
        return "a daemon is CONNECTED to " + s.path();
    }
}
