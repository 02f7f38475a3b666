package io.fpsh.tools.curl;

/**
 * Everything that differs between the curl builds fpsh imitates. One transfer code path reads these values;
 * nothing else in the package knows which curl it is pretending to be.
 *
 * @param version             e.g. "7.88.1"
 * @param versionText         the whole {@code curl --version} output
 * @param defaultCaFile       CAfile used when --cacert is absent ({@code null}: "none")
 * @param defaultCaPath       CApath used when --capath is absent
 * @param legacy              7.44-era wording and layout (OpenSSL 1.0.2, TLS 1.2 at most)
 */
public record CurlDialect(String name, String version, String versionText, String defaultCaFile, String defaultCaPath,
                          boolean legacy) {

    /** Debian 12's curl, as recorded in the reference transcripts. */
    public static final CurlDialect MODERN = new CurlDialect("modern", "7.88.1",
            "curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.22 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4"
                    + " libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\n"
                    + "Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u14\n"
                    + "Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp"
                    + " rtsp scp sftp smb smbs smtp smtps telnet tftp\n"
                    + "Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz"
                    + " NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n",
            "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/certs", false);

    /**
     * The FTD's own curl (Firepower 6.x expert mode), as in the troubleshooting guide. The library list of
     * --version is a plausible reconstruction (not recorded from a device).
     */
    public static final CurlDialect DEVICE = new CurlDialect("device", "7.44.0",
            "curl 7.44.0 (x86_64-wrs-linux-gnu) libcurl/7.44.0 OpenSSL/1.0.2o zlib/1.2.8\n"
                    + "Protocols: dict file ftp ftps gopher http https imap imaps pop3 pop3s rtsp smtp smtps telnet tftp \n"
                    + "Features: IPv6 Largefile NTLM NTLM_WB SSL libz TLS-SRP UnixSockets \n",
            null, "/etc/ssl/certs", true);

    /** The dialect of a lab's {@code device.curlVersion}: the device's 7.44, else Debian 12's 7.88. */
    public static CurlDialect forVersion(String version) {
        return version.startsWith("7.44") ? DEVICE : MODERN;
    }

    /** How long curl waits before the next address after a timed-out one: 7.88 at its next wake-up, a second (measured). */
    public int pauseAfterTimeoutMillis() { return legacy ? 0 : 1000; }

    public String userAgent() { return "curl/" + version; }

    /** Prefix of the lines of the "Server certificate:" block (7.44 wrote "\t " after the "* "). */
    public String certLinePrefix() { return legacy ? "* \t " : "*  "; }

    /** OpenSSL 1.0 wrote "self signed", 3.0 writes "self-signed". */
    public String selfSigned() { return legacy ? "self signed" : "self-signed"; }

    /** -v's stand-in for body bytes when stdout is not a terminal: 7.44 did not count them yet. */
    public String dataLine(char direction, long bytes) {
        return direction + (legacy ? " [data not shown]" : " [" + bytes + " bytes data]");
    }

    /** The lines curl prints after an exit-60 message. */
    public String caCertHelp() {
        if (legacy) {
            return "More details here: http://curl.haxx.se/docs/sslcerts.html\n\n"
                    + "curl performs SSL certificate verification by default, using a \"bundle\"\n"
                    + " of Certificate Authority (CA) public keys (CA certs). If the default\n"
                    + " bundle file isn't adequate, you can specify an alternate file\n"
                    + " using the --cacert option.\n"
                    + "If this HTTPS server uses a certificate signed by a CA represented in\n"
                    + " the bundle, the certificate verification probably failed due to a\n"
                    + " problem with the certificate (it might be expired, or the name might\n"
                    + " not match the domain name in the URL).\n"
                    + "If you'd like to turn off curl's verification of the certificate, use\n"
                    + " the -k (or --insecure) option.\n";
        }
        return "More details here: https://curl.se/docs/sslcerts.html\n\n"
                + "curl failed to verify the legitimacy of the server and therefore could not\n"
                + "establish a secure connection to it. To learn more about this situation and\n"
                + "how to fix it, please visit the web page mentioned above.\n";
    }

    /** 7.44 reported a host name mismatch as CURLE_PEER_FAILED_VERIFICATION = 51; 7.88 merged it into 60. */
    public int hostMismatchExitCode() { return legacy ? 51 : 60; }

    public String trying(String ip, int port) {
        return legacy ? "*   Trying " + ip + "..." : "*   Trying " + ip + ":" + port + "...";
    }

    public String couldNotResolve(String host) {
        return legacy ? "Couldn't resolve host '" + host + "'" : "Could not resolve host: " + host;
    }

    public String connectRefused(String host, int port, long ms) {
        return legacy ? "Failed to connect to " + host + " port " + port + ": Connection refused"
                : "Failed to connect to " + host + " port " + port + " after " + ms + " ms: Couldn't connect to server";
    }

    /** 7.44 named the last connect's errno (EHOSTUNREACH); 7.88 says the same as for a refusal. */
    public String connectUnreachable(String host, int port, long ms) {
        return legacy ? "Failed to connect to " + host + " port " + port + ": No route to host"
                : "Failed to connect to " + host + " port " + port + " after " + ms + " ms: Couldn't connect to server";
    }

    public String connectTimedOut(String host, int port, long ms) {
        return legacy ? "Connection timed out after " + ms + " milliseconds"
                : "Failed to connect to " + host + " port " + port + " after " + ms + " ms: Timeout was reached";
    }

    /**
     * The kernel gave up on every address (ETIMEDOUT): 7.44 reports it as a failed connect (7) in strerror's words;
     * 7.88 words it as any failed connect but exits 28 (measured in a network namespace with tcp_syn_retries 1).
     */
    public String connectSynTimedOut(String host, int port, long ms) {
        return legacy ? "Failed to connect to " + host + " port " + port + ": Connection timed out"
                : "Failed to connect to " + host + " port " + port + " after " + ms + " ms: Couldn't connect to server";
    }

    public int synTimeoutExitCode() { return legacy ? 7 : 28; }

    public String httpError(int code, String reason) {
        return legacy ? "The requested URL returned error: " + code + (reason.isEmpty() ? "" : " " + reason)
                : "The requested URL returned error: " + code;
    }

    /** The OpenSSL text for a server that does not speak TLS at all. */
    public String wrongVersionNumber() {
        return legacy ? "error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol"
                : "OpenSSL/3.0.22: error:0A00010B:SSL routines::wrong version number";
    }

    public String handshakeCutOff(String host, int port) {
        return legacy ? "Unknown SSL protocol error in connection to " + host + ":" + port + " "
                : "OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to " + host + ":" + port + " ";
    }

    public String protocolVersionAlert() {
        return legacy ? "error:1407742E:SSL routines:SSL23_GET_SERVER_HELLO:tlsv1 alert protocol version"
                : "OpenSSL/3.0.22: error:0A00042E:SSL routines::tlsv1 alert protocol version";
    }

    public String badUrl(String url) {
        return legacy ? "<url> malformed" : "URL using bad/illegal format or missing URL";
    }
}
