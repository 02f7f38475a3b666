package io.fpsh.tools.curl;

import java.net.InetSocketAddress;

/** What the virtual socket tells the transfer about each connect attempt (addresses are the virtual ones). */
interface TcpEvents {
    /**
     * How long this connect attempt may take, given the timeout OkHttp asks for: curl's --connect-timeout covers
     * name resolution and every attempt of one transfer, so what is left of it may be shorter.
     */
    default int connectTimeout(InetSocketAddress target, int requestedMillis) {
        return requestedMillis;
    }

    /**
     * How long to wait before this attempt's SYN: curl 7.88 moves on to the next address only at its next wake-up,
     * a second after the previous one timed out (that second counts against this attempt's timeout).
     */
    default int pauseBeforeConnect() {
        return 0;
    }

    void connectStarted(InetSocketAddress target);

    void connected(InetSocketAddress target);

    void refused(InetSocketAddress target);

    /** A router answered the SYN with ICMP host unreachable. */
    void unreachable(InetSocketAddress target);

    /** curl's own timeout for this attempt ran out first. */
    void timedOut(InetSocketAddress target, int timeoutMillis);

    /** The kernel stopped resending the SYN first (ETIMEDOUT, "Connection timed out"). */
    void synGaveUp(InetSocketAddress target);

    /** {@code count} more bytes arrived on a connected socket (TLS records included, before decryption). */
    default void received(int count) {}
}
