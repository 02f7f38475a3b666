package io.fpsh.tools.curl;

import java.time.Duration;

/**
 * What a curl run ended with, as data (for parsers and playbooks). Fields that the run never reached are null
 * (or 0 for {@code httpStatus}).
 */
public record CurlResult(int exitCode, String errorMessage, int httpStatus, String remoteIp, Integer remotePort,
                         String effectiveUrl, Timings timings, String tlsProtocol, String tlsCipher,
                         String certificateSubject, String certificateIssuer, String certificateVerifyResult,
                         long bytesReceived) {

    /** curl's -w timings, each measured from the start of the run. */
    public record Timings(Duration nameLookup, Duration connect, Duration appConnect, Duration startTransfer,
                          Duration total) {}

    public boolean succeeded() { return exitCode == 0; }
}
