package io.fpsh.tools.curl;

/** A command line curl refuses before any transfer; {@code lines} are printed to stderr as they are. */
final class CurlUsageException extends Exception {
    final int exitCode;

    CurlUsageException(int exitCode, String lines) {
        super(lines, null, false, false);
        this.exitCode = exitCode;
    }
}
