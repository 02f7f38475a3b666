package io.fpsh.device;

/**
 * A target that learns a Linux-shell line's exit status by asking the shell for {@code $?} after it, a round trip of
 * its own (an SSH session). A program whose line prints its own status (a probe) spares it that question.
 */
public interface StatusQuery {

    /** The next line's status is not asked for: the line reports it in its output, and the target returns 0. */
    void skipNextStatusQuery();
}
