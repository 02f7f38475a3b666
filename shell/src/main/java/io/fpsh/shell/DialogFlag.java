package io.fpsh.shell;

/**
 * Whether the line editor is answering a device dialog (a password, a yes/no question) rather than reading a
 * command: then '?' is a character, and neither completion nor highlighting applies.
 */
final class DialogFlag {
    private volatile boolean answering;

    boolean answering() {
        return answering;
    }

    void set(boolean answering) {
        this.answering = answering;
    }
}
