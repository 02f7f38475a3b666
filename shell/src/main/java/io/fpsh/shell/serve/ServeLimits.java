package io.fpsh.shell.serve;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What keeps {@code fpsh serve} usable for everyone when a client guesses passwords or a session runs wild: logins
 * slowed and limited (as sshd's MaxAuthTries and PerSourcePenalties do), and caps per session that a student never
 * meets in normal work. {@code fpsh serve --limit NAME=VALUE} changes one; tests use small ones.
 *
 * @param loginDelay          how long a wrong password waits before its answer (pam_unix's 2 s)
 * @param maxAuthTries        wrong passwords on one connection before it is closed (sshd's MaxAuthTries, 6)
 * @param penaltyAfter        wrong passwords from one address before it is refused new connections
 * @param penalty             the first refusal; each further one from the same address doubles it
 * @param maxPenalty          the longest refusal (sshd's PerSourcePenalties max:600s)
 * @param outputBytes         what one command may print before it is stopped
 * @param commandsPerSecond   lines a session runs per second once its burst is spent (a paste is slowed, not cut)
 * @param commandBurst        lines run at full speed before the rate applies
 * @param historyLines        lines kept per prompt for Up/Down
 * @param typeAheadBytes      input queued ahead of the session before the client is made to wait (SSH window)
 * @param sessionsPerUser     concurrent sessions of one login name (each a device with its own lab servers)
 * @param commandTime         how long one command may run before it is stopped as on Ctrl-C (ping without -c,
 *                            tail -f, a loop), so a forgotten command never holds the server; a full-screen program
 *                            or a question waiting for the student's answer is not timed
 */
public record ServeLimits(Duration loginDelay, int maxAuthTries, int penaltyAfter, Duration penalty,
                          Duration maxPenalty, long outputBytes, int commandsPerSecond, int commandBurst,
                          int historyLines, int typeAheadBytes, int sessionsPerUser, Duration commandTime) {

    public static final ServeLimits DEFAULTS = new ServeLimits(Duration.ofSeconds(2), 6, 10, Duration.ofSeconds(15),
            Duration.ofMinutes(10), 16L << 20, 50, 200, 500, 1 << 20, 20, Duration.ofMinutes(10));

    /** The names {@code --limit} takes, with each one's current value as it would be typed. */
    public Map<String, String> byName() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("login-delay", loginDelay.toMillis() + "ms");
        names.put("max-auth-tries", String.valueOf(maxAuthTries));
        names.put("penalty-after", String.valueOf(penaltyAfter));
        names.put("penalty", penalty.toSeconds() + "s");
        names.put("max-penalty", maxPenalty.toSeconds() + "s");
        names.put("output", outputBytes + "");
        names.put("commands-per-second", String.valueOf(commandsPerSecond));
        names.put("command-burst", String.valueOf(commandBurst));
        names.put("history", String.valueOf(historyLines));
        names.put("type-ahead", String.valueOf(typeAheadBytes));
        names.put("sessions-per-user", String.valueOf(sessionsPerUser));
        names.put("command-time", typed(commandTime));
        return names;
    }

    /** These limits with one changed: {@code NAME=VALUE}, durations as {@code 500ms}, {@code 2s}, {@code 10m}. */
    public ServeLimits with(String assignment) throws ServeException {
        int equals = assignment.indexOf('=');
        String name = equals < 0 ? assignment : assignment.substring(0, equals);
        if (equals < 0 || !byName().containsKey(name)) {
            throw new ServeException("--limit " + assignment + ": expected NAME=VALUE, NAME one of "
                    + String.join(", ", byName().keySet()));
        }
        Map<String, String> values = byName();
        values.put(name, assignment.substring(equals + 1).strip());
        try {
            return new ServeLimits(duration(values.get("login-delay")), positive(values.get("max-auth-tries")),
                    positive(values.get("penalty-after")), duration(values.get("penalty")),
                    duration(values.get("max-penalty")), number(values.get("output")),
                    positive(values.get("commands-per-second")), positive(values.get("command-burst")),
                    positive(values.get("history")), positive(values.get("type-ahead")),
                    positive(values.get("sessions-per-user")), positiveDuration(values.get("command-time")));
        } catch (IllegalArgumentException e) {
            throw new ServeException("--limit " + assignment + ": " + e.getMessage());
        }
    }

    private static int positive(String value) {
        long number = number(value);
        if (number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Integer.MAX_VALUE);
        }
        return (int) number;
    }

    private static long number(String value) {
        try {
            long number = Long.parseLong(value);
            if (number < 1) {
                throw new IllegalArgumentException("give a number of 1 or more");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    private static Duration positiveDuration(String value) {
        Duration duration = duration(value);
        if (duration.isZero()) {
            throw new IllegalArgumentException("give a duration of 1ms or more");
        }
        return duration;
    }

    /** A duration as {@code --limit} takes it: {@code 10m}, {@code 30s}, {@code 1500ms}. */
    static String typed(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static Duration duration(String value) {
        String unit = value.replaceAll("^[0-9]+", "");
        String digits = value.substring(0, value.length() - unit.length());
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("give a duration such as 500ms, 2s or 10m");
        }
        long amount = Long.parseLong(digits);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s", "" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> throw new IllegalArgumentException("give a duration such as 500ms, 2s or 10m");
        };
    }
}
