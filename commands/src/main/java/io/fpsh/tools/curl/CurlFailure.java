package io.fpsh.tools.curl;

/**
 * A transfer that ends with a curl error: exit code, the message after "curl: (N) ", and whether -v shows
 * "* Closing connection N" after it (a redirect limit leaves the connection intact).
 */
final class CurlFailure extends Exception {
    final int exitCode;
    final boolean closesConnection;

    CurlFailure(int exitCode, String message) {
        this(exitCode, message, true);
    }

    CurlFailure(int exitCode, String message, boolean closesConnection) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.closesConnection = closesConnection;
    }
}
