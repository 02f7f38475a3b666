package io.fpsh.shell.classroom;

/**
 * {@code server.json}: the classroom server writing into the folder now (its process and start), so status can tell
 * a live session from one a killed server left open in a log.
 */
public record ServerInfo(long pid, String started, int port) {

    /** Whether that server still runs: its process is alive and is the one that started then. */
    public boolean running() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant()
                        .map(start -> Math.abs(start.toEpochMilli() - java.time.Instant.parse(started).toEpochMilli()) < 1000)
                        .orElse(true)) // no start time known: an alive process with its pid is taken as it
                .orElse(false);
    }
}
