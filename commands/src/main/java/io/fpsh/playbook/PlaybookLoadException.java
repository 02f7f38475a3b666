package io.fpsh.playbook;

/** A playbook that cannot load: unknown name, syntax or type error (exit status 2). The message is one line. */
public final class PlaybookLoadException extends RuntimeException {
    public PlaybookLoadException(String message) {
        super(message.replaceAll("\\p{Cntrl}", "?"), null, false, false);
    }
}
