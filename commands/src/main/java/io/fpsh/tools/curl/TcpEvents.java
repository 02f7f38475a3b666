package io.fpsh.tools.curl;

import java.net.InetSocketAddress;

/** What the virtual socket tells the transfer about each connect attempt (addresses are the virtual ones). */
interface TcpEvents {
    void connectStarted(InetSocketAddress target);

    void connected(InetSocketAddress target);

    void refused(InetSocketAddress target);

    void timedOut(InetSocketAddress target, int timeoutMillis);
}
