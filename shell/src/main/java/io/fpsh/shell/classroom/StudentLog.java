package io.fpsh.shell.classroom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's progress log: JSON lines appended one write each (a server killed mid-line leaves at most one cut
 * line, which {@link #read} skips), read back whole by the server at its start and by status and report.
 */
public final class StudentLog {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;

    public StudentLog(Path file) {
        this.file = file;
    }

    public synchronized void append(ProgressEvent event) {
        try {
            Files.write(file, (JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized List<ProgressEvent> read() {
        return read(file);
    }

    /** The events of {@code file}, none when it does not exist; a line that is not a whole event is skipped. */
    public static List<ProgressEvent> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<ProgressEvent> events = new ArrayList<>();
        for (String line : lines) {
            try {
                ProgressEvent event = JSON.readValue(line, ProgressEvent.class);
                if (event.at() != null && event.event() != null) {
                    event.time(); // a cut timestamp is a cut line
                    events.add(event);
                }
            } catch (IOException | RuntimeException e) {
                // the last line of a server killed while writing it
            }
        }
        return events;
    }
}
