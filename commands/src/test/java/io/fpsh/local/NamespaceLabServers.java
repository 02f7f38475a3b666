package io.fpsh.local;

import io.fpsh.net.dns.TestDnsServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLServerSocket;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.xbill.DNS.Rcode;

/**
 * The servers of {@link LocalNamespaceTest}, started INSIDE its network namespace ({@code ip netns exec NS java
 * ... NamespaceLabServers CA_FILE}): DNS on 127.0.0.53:53, an HTTPS server for api-sse.lab.test on 127.0.0.30:443
 * (its CA written to CA_FILE), and a black hole on 127.0.0.2:443 (a full accept queue: SYNs are dropped).
 * Prints "ready" once all listen, and stops when its stdin closes.
 */
public final class NamespaceLabServers {

    private NamespaceLabServers() {}

    public static void main(String[] args) throws Exception {
        List<AutoCloseable> open = new ArrayList<>();
        open.add(TestDnsServer.startOn(new InetSocketAddress(address("127.0.0.53"), 53))
                .a("api-sse.lab.test", "127.0.0.30")
                .a("ftd01.lab.test", "127.0.0.10")
                .a("blackhole.lab.test", "127.0.0.2")
                .a("multi.lab.test", "127.0.0.42", "127.0.0.43")
                .ptr("127.0.0.10", "ftd01.lab.test")
                .rcode("broken.lab.test", Rcode.SERVFAIL)
                .silent("slow.lab.test"));
        open.add(httpsServer(Path.of(args[0])));
        open.addAll(blackHole());
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the test closes our stdin or ends us
        }
        for (AutoCloseable resource : open) resource.close();
    }

    private static ServerSocket httpsServer(Path caFile) throws IOException {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("Namespace Test CA")
                .rsa2048().build();
        HeldCertificate leaf = new HeldCertificate.Builder().signedBy(ca).commonName("api-sse.lab.test")
                .addSubjectAlternativeName("api-sse.lab.test").rsa2048().build();
        Files.writeString(caFile, ca.certificatePem());
        HandshakeCertificates server = new HandshakeCertificates.Builder().heldCertificate(leaf, ca.certificate()).build();
        SSLServerSocket socket = (SSLServerSocket) server.sslContext().getServerSocketFactory()
                .createServerSocket(443, 50, address("127.0.0.30"));
        Thread loop = new Thread(() -> serve(socket), "namespace-https");
        loop.setDaemon(true);
        loop.start();
        return socket;
    }

    /** Answers every request with the SSE endpoint's 403, one request per connection. */
    private static void serve(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    // the request head is read and ignored
                }
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        + "Content-Length: 9\r\nConnection: close\r\n\r\nForbidden").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // a failed handshake or a closed socket: the loop condition decides
            }
        }
    }

    /** A listener that never accepts, its queue filled (Linux queues backlog + 1), so further SYNs are dropped. */
    private static List<AutoCloseable> blackHole() throws IOException {
        ServerSocket listener = new ServerSocket(443, 1, address("127.0.0.2"));
        List<AutoCloseable> sockets = new ArrayList<>(List.of(listener));
        for (int i = 0; i < 2; i++) {
            Socket filler = new Socket();
            filler.connect(new InetSocketAddress(address("127.0.0.2"), 443), 1000);
            sockets.add(filler);
        }
        return sockets;
    }

    private static InetAddress address(String literal) throws IOException {
        return InetAddress.getByName(literal); // a literal: never a lookup
    }
}
