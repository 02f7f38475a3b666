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
        Objective.SocketConnected s = (Objective.SocketConnected) objective;
        return "a daemon is CONNECTED to " + s.path();
    }
}
