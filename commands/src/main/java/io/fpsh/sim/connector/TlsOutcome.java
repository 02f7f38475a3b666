package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.network.LabCertificates;

import java.time.Instant;

/** How a TLS connection to a lab address on port 443 ends, as the lab's network and server make it end. */
public enum TlsOutcome {
    /** Handshake done with a chain valid at the device's time. */
    ESTABLISHED,
    /** SYNs dropped (or nothing at that address): the connect times out. */
    TIMED_OUT,
    /** An RST: connection refused. */
    REFUSED,
    /** A router's ICMP host unreachable: no route to host, at once. */
    UNREACHABLE,
    /** Connected, but the server never sends its hello: the handshake waits until the client gives up. */
    NO_SERVER_HELLO,
    /** Connected, then the server hangs up before any TLS byte. */
    HUNG_UP,
    /** The server answers the ClientHello in plain HTTP. */
    NOT_TLS,
    /** The chain is out of date at the device's time. */
    CERTIFICATE_EXPIRED,
    CERTIFICATE_NOT_YET_VALID,
    /** A TLS-inspecting middlebox answered with a certificate from its own CA, which the client does not trust. */
    UNTRUSTED_ISSUER,
    /** Through a proxy: it wants (other) credentials, 407. */
    PROXY_AUTHENTICATION_REQUIRED,
    /** Through a proxy: it could not resolve or reach the server, 503. */
    PROXY_CANNOT_REACH,
    /** Through a proxy: the proxy waits on a server whose SYNs are dropped, longer than any client does. */
    PROXY_WAITING_ON_SERVER,
    /** The proxy's name does not resolve. */
    PROXY_NOT_RESOLVED;

    /**
     * What a connection to a lab host gives. {@code throughFirewall}: the device's own connection, subject to the
     * port-443 rules; false for the lab proxy's, which sits past them. {@code path}: what the stand-ins changed.
     */
    static TlsOutcome of(LabFile lab, LabFile.Host host, String address, io.fpsh.sim.network.PathChanges path,
                         Instant deviceTime, boolean throughFirewall) {
        switch (throughFirewall ? path.tcp443(host, address) : "open") {
            case "drop" -> {
                return TIMED_OUT;
            }
            case "reject" -> {
                return REFUSED;
            }
            default -> {
                if (host.endpoint() == null) {
                    return TIMED_OUT;
                }
            }
        }
        LabFile.Endpoint endpoint = lab.network().endpoints().stream()
                .filter(e -> e.name().equals(host.endpoint())).findFirst().orElseThrow();
        return switch (endpoint.behaviourOrDefault()) {
            case "silent" -> NO_SERVER_HELLO;
            case "close" -> HUNG_UP;
            case "plain-http" -> NOT_TLS;
            default -> path.inspected(lab, host) ? UNTRUSTED_ISSUER : switch (LabCertificates.chainValidity(lab, host.name(), deviceTime)) {
                case EXPIRED -> CERTIFICATE_EXPIRED;
                case NOT_YET_VALID -> CERTIFICATE_NOT_YET_VALID;
                case VALID -> ESTABLISHED;
            };
        };
    }

    /**
     * Whether the client still holds a socket once this outcome is reached: its SYN still out, a session up, or a
     * handshake still waiting. Refused and failed handshakes leave nothing behind.
     */
    public boolean leavesSocketOpen() {
        return this == TIMED_OUT || this == ESTABLISHED || this == NO_SERVER_HELLO || this == PROXY_WAITING_ON_SERVER;
    }

    /** Whether TCP got through (the socket exists, whatever TLS then does). */
    public boolean tcpConnected() {
        return this != TIMED_OUT && this != REFUSED && this != UNREACHABLE && this != PROXY_NOT_RESOLVED;
    }

    /**
     * The curl exit status this outcome gives before any HTTP: 28 for a timeout (the connect's or, for a server
     * that never says hello, the transfer's), 7 refused or unreachable, 35 a TLS failure, 60 a certificate refused, 56 a proxy
     * refusing the CONNECT, 5 a proxy name not found, 0 none.
     */
    int curlStatus() {
        return switch (this) {
            case ESTABLISHED -> 0;
            case TIMED_OUT, NO_SERVER_HELLO, PROXY_WAITING_ON_SERVER -> 28;
            case PROXY_AUTHENTICATION_REQUIRED, PROXY_CANNOT_REACH -> 56;
            case PROXY_NOT_RESOLVED -> 5;
            case UNTRUSTED_ISSUER -> 60;
            case REFUSED, UNREACHABLE -> 7;
            case HUNG_UP, NOT_TLS -> 35;
            case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID -> 60;
        };
    }
}
