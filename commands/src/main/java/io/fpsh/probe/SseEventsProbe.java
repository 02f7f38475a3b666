package io.fpsh.probe;

import io.fpsh.world.SseEvents;
import io.fpsh.world.WorldPages;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code :sse events} on a lab: the events that reached the SSE portal, with their lab time, device and type. */
public final class SseEventsProbe extends LabPageProbe<SseEvents> {
    @Override public String name() { return "sse-events"; }

    @Override public String summary() { return "lab only: the events that reached the SSE portal, newest last"; }

    @Override public Class<SseEvents> recordType() { return SseEvents.class; }

    @Override String standIn() { return ":sse"; }

    @Override String page() { return "events"; }

    @Override
    public SseEvents parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        SsePages.region(this, output, "Events");
        List<String> lines = output.lines();
        if (lines.size() == 2 && lines.get(1).equals(WorldPages.NO_EVENTS)) {
            return new SseEvents(List.of());
        }
        if (lines.size() < 2 || !lines.get(1).startsWith("TIME ")) {
            throw ProbeParseException.atEnd(name(), lines, "neither an event table nor '" + WorldPages.NO_EVENTS + "'");
        }
        List<SseEvents.Event> events = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] words = line.strip().split("\\s+", 5);
            if (words.length < 5) {
                throw ProbeParseException.at(name(), i + 1, line, "not TIME DEVICE TYPE");
            }
            Instant time;
            try {
                time = Instant.from(WorldPages.TIME.parse(words[0] + " " + words[1] + " " + words[2]));
            } catch (DateTimeParseException e) {
                throw ProbeParseException.at(name(), i + 1, line, "not a time such as 2020-04-08 01:20:00 UTC");
            }
            String type = typeNamed(words[4]);
            if (type == null) {
                throw ProbeParseException.at(name(), i + 1, line, "not an event type of the portal");
            }
            output.from("events", i);
            events.add(new SseEvents.Event(time, words[3], type));
        }
        return new SseEvents(events);
    }

    private static String typeNamed(String name) {
        for (Map.Entry<String, String> entry : WorldPages.EVENT_TYPE_NAMES.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
