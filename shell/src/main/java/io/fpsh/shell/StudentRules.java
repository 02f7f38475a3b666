package io.fpsh.shell;

/**
 * A classroom student's served shell ({@code fpsh serve --classroom}): which of fpsh's own commands the lesson
 * lets them use, beyond the served shell's policy, and their hints, counted across their sessions and kept in the
 * class folder.
 */
public interface StudentRules {

    /** Null when {@code ownCommand} (e.g. {@code :run}) may run; else the one line that refuses it. */
    String refusal(String ownCommand);

    /** Hints the student took so far, in every session. */
    int hintsGiven();

    /** The student has now taken {@code given} hints. */
    void hintsGiven(int given);
}
