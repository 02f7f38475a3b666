package io.fpsh.ssh;

/** What happens to a command that changes a real device ({@link DeviceChanges}) before it is sent. */
public enum ChangePolicy {
    /** Interactive default: the user confirms each one. */
    ASK,
    /** Unattended default (-c, no terminal): not sent; --allow-changes says otherwise. */
    REFUSE,
    /** --read-only: never sent. */
    READ_ONLY,
    /** --allow-changes: sent without asking. */
    ALLOW
}
