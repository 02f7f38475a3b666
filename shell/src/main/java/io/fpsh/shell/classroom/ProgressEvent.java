package io.fpsh.shell.classroom;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One line of a student's progress log ({@code students/NAME/progress.jsonl}), appended as it happens so a server
 * stopped at any moment loses nothing written. A command is counted, never its text: a line can hold a secret.
 *
 * @param at        when, ISO-8601 UTC
 * @param event     {@code seed}, {@code login}, {@code logout}, {@code command}, {@code mode}, {@code hint},
 *                  {@code met} or {@code unmet}
 * @param session   the student's session number (from 1), for the events of a session
 * @param seed      the seed the student's lab is drawn from ({@code seed} only)
 * @param objective the objective's number (from 1) ({@code met}, {@code unmet})
 * @param hint      the hint's number (from 1) ({@code hint})
 * @param mode      the device's mode ({@code login}, {@code mode}: CLISH, EXPERT, ROOT, DIAGNOSTIC...)
 * @param reason    why a session ended otherwise than by its client ({@code logout})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressEvent(String at, String event, Integer session, Long seed, Integer objective, Integer hint,
                            String mode, String reason) {
    public static final String SEED = "seed";
    public static final String LOGIN = "login";
    public static final String LOGOUT = "logout";
    public static final String COMMAND = "command";
    public static final String MODE = "mode";
    public static final String HINT = "hint";
    public static final String MET = "met";
    public static final String UNMET = "unmet";

    public static ProgressEvent seed(Instant at, long seed) {
        return new ProgressEvent(at.toString(), SEED, null, seed, null, null, null, null);
    }

    public static ProgressEvent login(Instant at, int session, String mode) {
        return new ProgressEvent(at.toString(), LOGIN, session, null, null, null, mode, null);
    }

    public static ProgressEvent logout(Instant at, int session, String reason) {
        return new ProgressEvent(at.toString(), LOGOUT, session, null, null, null, null, reason);
    }

    public static ProgressEvent command(Instant at, int session) {
        return new ProgressEvent(at.toString(), COMMAND, session, null, null, null, null, null);
    }

    public static ProgressEvent mode(Instant at, int session, String mode) {
        return new ProgressEvent(at.toString(), MODE, session, null, null, null, mode, null);
    }

    public static ProgressEvent hint(Instant at, int session, int hint) {
        return new ProgressEvent(at.toString(), HINT, session, null, null, hint, null, null);
    }

    public static ProgressEvent objective(Instant at, Integer session, int objective, boolean met) {
        return new ProgressEvent(at.toString(), met ? MET : UNMET, session, null, objective, null, null, null);
    }

    public Instant time() {
        return Instant.parse(at);
    }
}
