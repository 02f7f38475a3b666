package io.fpsh.shell.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A student's progress, folded from their log: the seed, the sessions, each objective's first meeting (when, after
 * how many hints and commands), the hints taken and the commands typed.
 *
 * @param firstMet the objectives met at least once, by number (from 1)
 * @param metNow   the objectives met at the last check (a reset or a server restart makes them unmet again)
 */
public record StudentProgress(String student, Long seed, List<Session> sessions, Map<Integer, Met> firstMet,
                              Set<Integer> metNow, int hints, int commands, Instant lastActivity) {

    /** A session: its span ({@code end} null while it is open), its mode and its last command. */
    public record Session(int number, Instant start, Instant end, String mode, Instant lastActivity) {
        public Duration length(Instant now) {
            return Duration.between(start, end == null ? now : end);
        }
    }

    /** An objective's first meeting. */
    public record Met(Instant at, int hints, int commands) {}

    public static StudentProgress of(String student, List<ProgressEvent> events) {
        Long seed = null;
        Map<Integer, Session> sessions = new TreeMap<>();
        Map<Integer, Met> firstMet = new TreeMap<>();
        Set<Integer> metNow = new TreeSet<>();
        int hints = 0;
        int commands = 0;
        Instant last = null;
        for (ProgressEvent e : events) {
            Instant at = e.time();
            Integer number = e.session();
            Session session = number == null ? null : sessions.get(number);
            switch (e.event()) {
                case ProgressEvent.SEED -> seed = e.seed();
                case ProgressEvent.LOGIN -> {
                    if (number != null) {
                        sessions.put(number, new Session(number, at, null, e.mode(), at));
                    }
                    last = at;
                }
                case ProgressEvent.LOGOUT -> {
                    if (session != null && session.end() == null) {
                        sessions.put(number, new Session(number, session.start(), at, session.mode(),
                                session.lastActivity()));
                    }
                }
                case ProgressEvent.COMMAND -> {
                    commands++;
                    last = at;
                    if (session != null) {
                        sessions.put(number, new Session(number, session.start(), session.end(), session.mode(), at));
                    }
                }
                case ProgressEvent.MODE -> {
                    if (session != null) {
                        sessions.put(number, new Session(number, session.start(), session.end(), e.mode(),
                                session.lastActivity()));
                    }
                }
                case ProgressEvent.HINT -> {
                    hints = Math.max(hints, e.hint() == null ? hints + 1 : e.hint());
                    last = at;
                }
                case ProgressEvent.MET -> {
                    metNow.add(e.objective());
                    firstMet.putIfAbsent(e.objective(), new Met(at, hints, commands));
                }
                case ProgressEvent.UNMET -> metNow.remove(e.objective());
                default -> { } // an event of a later fpsh: skipped
            }
        }
        return new StudentProgress(student, seed, List.copyOf(sessions.values()), firstMet, metNow, hints, commands,
                last);
    }

    /** The sessions still open in the log (only live while the server that wrote them runs). */
    public List<Session> openSessions() {
        List<Session> open = new ArrayList<>();
        for (Session s : sessions) {
            if (s.end() == null) {
                open.add(s);
            }
        }
        return open;
    }

    /** Time spent logged in, all sessions together (an open session counts up to {@code now}). */
    public Duration timeLoggedIn(Instant now) {
        Duration total = Duration.ZERO;
        for (Session s : sessions) {
            total = total.plus(s.length(now));
        }
        return total;
    }
}
