package io.fpsh.playbook;

import java.util.Collection;

/**
 * A step's verdict, a device's and a run's. "Failed" is kept apart from "could not tell": FAIL and WARN are what the
 * check found; ERROR, TIMEOUT and UNREACHABLE say the check itself could not judge; BLOCKED that a step it needs did
 * not pass; SKIP that it does not apply to this target.
 *
 * <p>The roll-up (a device from its steps, a run from its devices) is the worst by {@link #rank()}: FAIL first, as
 * what a user must act on, then the three ways of not knowing (the device itself lost before a check broke), then
 * BLOCKED (always beside one of those), WARN, PASS, SKIP.
 */
public enum Verdict {
    SKIP(0), PASS(1), WARN(2), BLOCKED(3), ERROR(4), TIMEOUT(5), UNREACHABLE(6), FAIL(7);

    private final int rank;

    Verdict(int rank) {
        this.rank = rank;
    }

    /** Higher is worse. */
    public int rank() {
        return rank;
    }

    /** The check could not judge the device: ERROR, TIMEOUT, UNREACHABLE. */
    public boolean undetermined() {
        return this == ERROR || this == TIMEOUT || this == UNREACHABLE;
    }

    /** A step that needs this one may run: PASS or WARN (a warning is not a broken hop). */
    public boolean letsDependentsRun() {
        return this == PASS || this == WARN;
    }

    public Verdict worse(Verdict other) {
        return other.rank > rank ? other : this;
    }

    /** The roll-up of {@code verdicts}; SKIP when there are none. */
    public static Verdict worstOf(Collection<Verdict> verdicts) {
        Verdict worst = SKIP;
        for (Verdict v : verdicts) {
            worst = worst.worse(v);
        }
        return worst;
    }
}
