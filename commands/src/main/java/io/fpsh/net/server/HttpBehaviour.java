package io.fpsh.net.server;

/** How a lab HTTP(S) server treats each connection. */
public enum HttpBehaviour {
    /** Handshake (for TLS) and answer requests from the routes. */
    ANSWER,
    /** Accept the TCP connection and never send a byte (the client's read timeout fires). */
    ACCEPT_SILENT,
    /** Accept the TCP connection, then close it at once (the client sees the peer hang up). */
    CLOSE_IMMEDIATELY,
    /** Speak plain HTTP on the port clients expect TLS on; a TLS ClientHello gets an HTTP 400 back. */
    PLAIN_HTTP_ON_TLS_PORT
}
