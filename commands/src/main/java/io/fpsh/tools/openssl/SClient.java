package io.fpsh.tools.openssl;

import io.fpsh.net.HostResolver;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.server.LabPki;
import io.fpsh.tools.curl.CipherNames;
import io.fpsh.tools.tcp.TcpDial;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code openssl s_client} as OpenSSL 1.0.2 (the device's, as its curl reports) prints it: the verify callback's
 * lines on stderr, then the chain, the server certificate and the session summary, through a real TLS handshake
 * with the lab's server for the address. Standard input goes to the server until its end; then {@code DONE}.
 * [UNVERIFIED] the 1.0.2 layout is from its source's printf order, not a device capture; Master-Key is random (the
 * handshake's own secret is not shown), the errno lines and the error-queue prefix are 1.0.2's usual forms.
 */
public final class SClient {
    /** The socket fd OpenSSL prints ("CONNECTED(00000003)"): the first after stdin, stdout and stderr. */
    static final String CONNECTED = "CONNECTED(00000003)";
    /** [UNVERIFIED] an error queue line's thread id. */
    static final String ERROR_PREFIX = "140250444953496:error:";
    static final Duration LOOKUP_DEADLINE = Duration.ofSeconds(30);

    private final OpenSslEnvironment env;
    private volatile Socket open;
    private volatile boolean cancelled;

    public SClient(OpenSslEnvironment env) {
        this.env = env;
    }

    /** Ctrl-C: ends the connect, the handshake or the session. */
    public void cancel() {
        cancelled = true;
        Socket socket = open;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all Ctrl-C asks
            }
        }
    }

    /** Runs {@code s_client ARGS}; returns OpenSSL's exit status (0, or 1 for any failure). */
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws InterruptedException {
        SClientOptions.Parsed parsed = SClientOptions.parse(args);
        if (parsed.problem() != null) {
            err.println(parsed.problem());
            err.println("usage: s_client args");
            return 1;
        }
        SClientOptions options = parsed.options();
        Optional<InetAddress> address = address(options.host());
        if (address.isEmpty()) {
            err.println("gethostbyname failure");
            err.println("connect:errno=0");
            return 1;
        }
        CountingSocket socket = new CountingSocket();
        open = socket;
        TcpDial.Outcome outcome;
        try {
            outcome = new TcpDial(env.network()).connect(address.get(), options.port(), null, () -> socket);
        } catch (IOException e) {
            outcome = new TcpDial.Refused();
        }
        if (!(outcome instanceof TcpDial.Connected)) {
            if (cancelled) {
                return 1;
            }
            String[] failure = outcome instanceof TcpDial.Refused ? new String[] {"Connection refused", "111"}
                    : outcome instanceof TcpDial.NoRoute ? new String[] {"No route to host", "113"}
                    : new String[] {"Connection timed out", "110"};
            err.println("connect: " + failure[0]);
            err.println("connect:errno=" + failure[1]);
            return 1;
        }
        out.println(CONNECTED);
        out.flush();
        PeerHandshake.Peer peer;
        try {
            peer = PeerHandshake.handshake(socket, options.host(), options.port(), options.serverName());
        } catch (IOException e) {
            if (!cancelled) {
                handshakeFailed(socket, out, err);
            }
            return 1;
        }
        open = peer.socket();
        ChainVerifier.Result verified = ChainVerifier.verify(peer.chain(), trusted(options, err), env.clock().get());
        for (ChainVerifier.Step step : verified.steps()) {
            err.println("depth=" + step.depth() + " " + X509Names.spaced(step.certificate().getSubjectX500Principal()));
            if (step.error() != ChainVerifier.OK) {
                err.println("verify error:num=" + step.error() + ":" + ChainVerifier.reason(step.error()));
            }
            err.println("verify return:" + (step.error() == ChainVerifier.OK || step.depth() == 0 ? 1 : 0));
        }
        err.flush();
        SessionSummary.print(peer, verified.code(), options.showCerts(), socket.read.get(), socket.written.get(),
                env.clock().get(), out);
        out.flush();
        converse(peer, in, out);
        err.println("DONE");
        return 0;
    }

    /** Sends standard input to the server, shows what it answers, and ends at the input's end. */
    private void converse(PeerHandshake.Peer peer, InputStream in, PrintStream out) {
        Thread reader = new Thread(() -> {
            try {
                peer.socket().getInputStream().transferTo(out);
            } catch (IOException ignored) {
                // the session ended
            }
        }, "s_client-read");
        reader.setDaemon(true);
        reader.start();
        try {
            in.transferTo(peer.socket().getOutputStream());
            peer.socket().getOutputStream().flush();
            reader.join(200); // a reply to the last line, if it comes at once
        } catch (IOException | InterruptedException ignored) {
            // closed by the server or by Ctrl-C
        } finally {
            try {
                peer.socket().close();
            } catch (IOException ignored) {
                // already closed
            }
        }
        out.flush();
    }

    /** A server that does not speak TLS (it sent bytes) or hung up: 1.0.2's error line, then its empty summary. */
    private static void handshakeFailed(CountingSocket socket, PrintStream out, PrintStream err) {
        err.println(socket.read.get() > 0
                ? ERROR_PREFIX + "140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol:s23_clnt.c:794:"
                : ERROR_PREFIX + "140790E5:SSL routines:ssl23_write:ssl handshake failure:s23_lib.c:177:");
        out.println("---");
        out.println("no peer certificate available");
        out.println("---");
        out.println("No client certificate CA names sent");
        out.println("---");
        out.println("SSL handshake has read " + socket.read.get() + " bytes and written " + socket.written.get() + " bytes");
        out.println("---");
        out.println("New, (NONE), Cipher is (NONE)");
        out.println("Secure Renegotiation IS NOT supported");
        out.println("Compression: NONE");
        out.println("Expansion: NONE");
        out.println("No ALPN negotiated");
        out.println("SSL-Session:");
        out.println("    Protocol  : TLSv1.2");
        out.println("    Cipher    : 0000");
        out.println("    Session-ID: ");
        out.println("    Session-ID-ctx: ");
        out.println("    Master-Key: ");
        out.println("    Key-Arg   : None");
        out.println("    PSK identity: None");
        out.println("    PSK identity hint: None");
        out.println("    SRP username: None");
        out.println("    Start Time: 0");
        out.println("    Timeout   : 300 (sec)");
        out.println("    Verify return code: 0 (ok)");
        out.println("---");
        out.flush();
    }

    /** -CAfile, -CApath's files, or the default verify paths' bundle when neither is given. */
    private List<X509Certificate> trusted(SClientOptions options, PrintStream err) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (options.caFile() != null) {
            Optional<byte[]> file = env.files().apply(options.caFile());
            if (file.isEmpty()) {
                // [UNVERIFIED] 1.0.2 warns and goes on with no trusted certificates
                err.println(ERROR_PREFIX + "02001002:system library:fopen:No such file or directory:bss_file.c:175:fopen('"
                        + options.caFile() + "','r')");
            } else {
                certificates.addAll(parse(file.get()));
            }
        }
        if (options.caFile() == null && options.caPath() == null) {
            certificates.addAll(parse(env.defaultCaBundlePem().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }
        return certificates;
    }

    private static List<X509Certificate> parse(byte[] pem) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
                certificates.add((X509Certificate) c);
            }
            return certificates;
        } catch (CertificateException e) {
            return List.of();
        }
    }

    private Optional<InetAddress> address(String host) throws InterruptedException {
        Optional<InetAddress> literal = IpLiteral.parse(host);
        if (literal.isPresent()) {
            return literal;
        }
        HostResolver.Resolution resolution = env.resolver().resolve(host, LOOKUP_DEADLINE);
        return resolution.resolved() ? Optional.of(resolution.addresses().get(0)) : Optional.empty();
    }

    /** The summary after a handshake: chain, server certificate, the session. */
    static final class SessionSummary {
        private SessionSummary() {}

        static void print(PeerHandshake.Peer peer, int verifyCode, boolean showCerts, long read, long written,
                          java.time.Instant now, PrintStream out) {
            out.println("---");
            out.println("Certificate chain");
            for (int i = 0; i < peer.chain().size(); i++) {
                X509Certificate certificate = peer.chain().get(i);
                out.println(" " + i + " s:" + X509Names.oneline(certificate.getSubjectX500Principal()));
                out.println("   i:" + X509Names.oneline(certificate.getIssuerX500Principal()));
                if (showCerts) {
                    out.print(LabPki.toPem(certificate));
                }
            }
            out.println("---");
            X509Certificate leaf = peer.chain().get(0);
            out.println("Server certificate");
            if (!showCerts) {
                out.print(LabPki.toPem(leaf));
            }
            out.println("subject=" + X509Names.oneline(leaf.getSubjectX500Principal()));
            out.println("issuer=" + X509Names.oneline(leaf.getIssuerX500Principal()));
            out.println("---");
            if (peer.acceptableIssuers() == null || peer.acceptableIssuers().isEmpty()) {
                out.println("No client certificate CA names sent");
            } else {
                out.println("Acceptable client certificate CA names");
                peer.acceptableIssuers().forEach(name -> out.println(X509Names.oneline(name)));
            }
            String cipher = CipherNames.openSsl(peer.cipherSuite());
            if (cipher.startsWith("ECDHE-")) {
                out.println("Server Temp Key: ECDH, P-256, 256 bits"); // [UNVERIFIED] 1.0.2 offers no X25519
            }
            out.println("---");
            out.println("SSL handshake has read " + read + " bytes and written " + written + " bytes");
            out.println("---");
            out.println("New, TLSv1/SSLv3, Cipher is " + cipher);
            if (leaf.getPublicKey() instanceof RSAPublicKey rsa) {
                out.println("Server public key is " + rsa.getModulus().bitLength() + " bit");
            }
            out.println("Secure Renegotiation IS supported");
            out.println("Compression: NONE");
            out.println("Expansion: NONE");
            out.println("No ALPN negotiated");
            out.println("SSL-Session:");
            out.println("    Protocol  : " + peer.protocol());
            out.println("    Cipher    : " + cipher);
            out.println("    Session-ID: " + HexFormat.of().withUpperCase().formatHex(peer.sessionId()));
            out.println("    Session-ID-ctx: ");
            byte[] masterKey = new byte[48];
            new java.security.SecureRandom().nextBytes(masterKey);
            out.println("    Master-Key: " + HexFormat.of().withUpperCase().formatHex(masterKey));
            out.println("    Key-Arg   : None");
            out.println("    PSK identity: None");
            out.println("    PSK identity hint: None");
            out.println("    SRP username: None");
            out.println("    Start Time: " + now.getEpochSecond());
            out.println("    Timeout   : 300 (sec)");
            out.println("    Verify return code: " + verifyCode + " (" + ChainVerifier.reason(verifyCode) + ")");
            out.println("---");
        }
    }
}
