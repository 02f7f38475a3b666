package io.fpsh.tools.curl;

import java.net.InetSocketAddress;

/**
 * How far a transfer got and what went wrong on the way, recorded by the socket, DNS and TLS callbacks. OkHttp
 * may wrap or replace the exceptions it throws; these facts are what the error mapper trusts instead.
 */
final class TransferState {

    /** How the last connect attempt failed: refused, unreachable, curl's own timeout, or the kernel's SYN retries ran out. */
    enum ConnectFailure { REFUSED, UNREACHABLE, TIMEOUT, SYN_TIMEOUT }

    ResolverDns.Failure dnsFailure;
    ConnectFailure lastConnectFailure;
    /** The (virtual) address of the last connect attempt. */
    InetSocketAddress lastTarget;
    boolean tcpConnected, tlsStarted, tlsDone, requestSent, hostMismatch;
    /** Set when verification failed and was enforced (no -k): the handshake was aborted for it. */
    VerifyProblem rejectedBy;
    /** The verification verdict, enforced or not (null when verified). */
    VerifyProblem verdictProblem;
    long bytesReceived;
    /** Bytes read from the socket since the current request went out (head, body, TLS overhead). */
    long wireBytesSinceRequest;
    /** Content-Length of the current response, -1 when unknown. */
    long expectedLength = -1;
    int currentConnectionId;
}
