package io.fpsh.tools.curl;

import java.net.InetSocketAddress;

/** What the virtual socket tells the transfer about each connect attempt (addresses are the virtual ones). */
interface TcpEvents {
    /**
     * How long this connect attempt may take, given the timeout OkHttp asks for: curl's --connect-timeout covers
     * name resolution and every attempt of one transfer, so what is left of it may be shorter.
     */
    default int connectTimeout(int requestedMillis) {
        return requestedMillis;
    }

    void connectStarted(InetSocketAddress target);

    void connected(InetSocketAddress target);

    void refused(InetSocketAddress target);

    /** A router answered the SYN with ICMP host unreachable. */
    void unreachable(InetSocketAddress target);

    void timedOut(InetSocketAddress target, int timeoutMillis);

    /** {@code count} more bytes arrived on a connected socket (TLS records included, before decryption). */
    default void received(int count) {}
}
