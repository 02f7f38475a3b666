package io.fpsh.playbook;

/**
 * The event path the guide follows, in order: the FTD's EventHandler hands events through a unix socket to the
 * SSEConnector, which resolves the SSE hosts (DNS), opens TCP 443, speaks TLS to SSE, which feeds XDR. A step names
 * the hop it checks; xdr-health's picture shows each hop's verdict and marks the first broken one.
 */
public enum Hop {
    EVENT_HANDLER("FTD EventHandler"),
    UNIX_SOCKET("unix socket"),
    SSE_CONNECTOR("SSEConnector"),
    DNS("DNS"),
    TCP_443("TCP 443"),
    TLS("TLS"),
    SSE("SSE"),
    XDR("XDR");

    private final String label;

    Hop(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
