package io.fpsh.net.server;

import java.io.IOException;
import java.net.Socket;

/**
 * How a lab proxy or middlebox reaches the server behind it: a connected socket to {@code host:port}, or an
 * {@link java.net.UnknownHostException} (its resolver found nothing), a {@link java.net.SocketTimeoutException}
 * (no answer) or another {@link IOException} (refused).
 */
@FunctionalInterface
public interface TunnelDialer {
    Socket dial(String host, int port) throws IOException;
}
