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

    CurlFailure(int exitCode, String message) {
        this(exitCode, message, true);
    }

    CurlFailure(int exitCode, String message, boolean closesConnection) {
        this(exitCode, message, closesConnection, List.of());
    }

    CurlFailure(int exitCode, String message, boolean closesConnection, List<String> traceBefore) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.closesConnection = closesConnection;
        this.traceBefore = traceBefore;
    }
}
