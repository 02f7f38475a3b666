package io.fpsh.playbook;

/** A playbook that cannot load: unknown name, syntax or type error (exit status 2). The message is one line. */
public final class PlaybookLoadException extends RuntimeException {
    public PlaybookLoadException(String message) {
        super(TextBounds.line(message), null, false, false);
    }

    /** The same, keeping where it was thrown: raised while a script declares its plan, the frames hold its line. */
    public PlaybookLoadException(String message, boolean whereThrown) {
        super(TextBounds.line(message), null, false, whereThrown);
    }
}
