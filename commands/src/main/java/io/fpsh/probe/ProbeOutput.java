package io.fpsh.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a probe's line printed, as the parser reads it: clean lines, the exit status, and the notes the parser
 * leaves of which line gave which field (the evidence's {@link Evidence.Source}s).
 */
public final class ProbeOutput {
    private final List<String> lines;
    private final int exitStatus;
    private final Instant readAt;
    private final List<Evidence.Source> sources = new ArrayList<>();

    public ProbeOutput(String text, int exitStatus) {
        this(text, exitStatus, Instant.now());
    }

    /** {@code readAt}: the runner's time when the output came back ({@code Device.referenceTime()}). */
    public ProbeOutput(String text, int exitStatus, Instant readAt) {
        this.lines = split(text);
        this.exitStatus = exitStatus;
        this.readAt = readAt;
    }

    /** The printed lines, without line ends and without the empty line after a final newline. */
    public List<String> lines() {
        return lines;
    }

    /** The whole text again, each line ending with a newline. */
    public String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    public int exitStatus() {
        return exitStatus;
    }

    /** The runner's time when the output came back, for probes that set the device's clock against it. */
    public Instant readAt() {
        return readAt;
    }

    /** Notes that line {@code index} (0-based) gave {@code field}; returns the line. */
    public String from(String field, int index) {
        String line = lines.get(index);
        sources.add(new Evidence.Source(field, index + 1, line));
        return line;
    }

    public List<Evidence.Source> sources() {
        return List.copyOf(sources);
    }

    /** Lines ended by \r\n, \r or \n, no empty last one: String.lines(), not a regex compiled for each output. */
    private static List<String> split(String text) {
        return text.lines().collect(Collectors.toCollection(ArrayList::new));
    }
}
