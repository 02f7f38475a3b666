package io.fpsh.tools.curl;

import java.util.List;

/**
 * A transfer that ends with a curl error: exit code, the message after "curl: (N) ", whether -v shows
 * "* Closing connection N" after it (a redirect limit leaves the connection intact), and -v lines that
 * precede the message.
 */
final class CurlFailure extends Exception {
    final int exitCode;
    final boolean closesConnection;
    final List<String> traceBefore;
    /** Set for a failure before any connection existed (see {@link #beforeConnection}). */
    final boolean beforeConnection;
    /** Whether -v repeats the message as a "* " line (7.88 does not for a malformed URL). */
    final boolean messageTraced;

    CurlFailure(int exitCode, String message) {
        this(exitCode, message, true);
    }

    CurlFailure(int exitCode, String message, boolean closesConnection) {
        this(exitCode, message, closesConnection, List.of());
    }

    CurlFailure(int exitCode, String message, boolean closesConnection, List<String> traceBefore) {
        this(exitCode, message, closesConnection, traceBefore, false, true);
    }

    private CurlFailure(int exitCode, String message, boolean closesConnection, List<String> traceBefore,
                        boolean beforeConnection, boolean messageTraced) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.closesConnection = closesConnection;
        this.traceBefore = traceBefore;
        this.beforeConnection = beforeConnection;
        this.messageTraced = messageTraced;
    }

    /** A URL or proxy curl refuses before it has a connection: 7.88's -v then says "Closing connection -1". */
    static CurlFailure beforeConnection(int exitCode, String message, boolean messageTraced) {
        return new CurlFailure(exitCode, message, false, List.of(), true, messageTraced);
    }
}
