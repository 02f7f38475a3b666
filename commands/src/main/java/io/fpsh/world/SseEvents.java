package io.fpsh.world;

import java.time.Instant;
import java.util.List;

/** The SSE portal's Events page: the events that arrived, newest last, each with its lab time, device and type. */
public record SseEvents(List<Event> events) {
    public SseEvents {
        events = List.copyOf(events);
    }

    /** One event: when it arrived (lab time, UTC), from which device, of which type ({@code intrusion}...). */
    public record Event(Instant time, String device, String type) {}
}
