package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.shell.StudentRules;

import java.io.OutputStream;

/**
 * What watches a served session besides its client: in a classroom, the student's recording and progress. The
 * default watches nothing. It never sees what was typed, only that a line was.
 */
interface SessionWatch {
    SessionWatch NONE = new SessionWatch() {};

    /** The client's output stream, with what is shown on it recorded (before CRLF: the recorder adds it). */
    default OutputStream recorded(OutputStream screen) {
        return screen;
    }

    /** The session's device is open. */
    default void opened(Device device) {}

    /** A line was typed and has run (its text is not given: it could hold a secret). */
    default void lineTyped(Device device, boolean blank) {}

    /** The rules of fpsh's own commands for this session, or null for the served shell's. */
    default StudentRules rules() {
        return null;
    }

    /** The session ended. */
    default void closed() {}
}
