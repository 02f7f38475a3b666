package io.fpsh.tools.curl;

import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.VirtualNetwork.TcpRoute;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A tiny simulated device network for curl tests: loopback servers behind virtual addresses, fixed DNS answers. */
final class CurlTestLab implements AutoCloseable {

    static final HeldCertificate ROOT = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("Lab Test Root CA").organizationalUnit("fpsh reference lab").rsa2048().build();
    static final HeldCertificate LAB_LEAF = new HeldCertificate.Builder().signedBy(ROOT).rsa2048()
            .commonName("fmc.lab.test").organizationalUnit("fpsh reference lab")
            .addSubjectAlternativeName("fmc.lab.test").addSubjectAlternativeName("api-sse.lab.test")
            .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
            .duration(800, TimeUnit.DAYS).build();
    static final HeldCertificate SELF_SIGNED = new HeldCertificate.Builder().rsa2048()
            .commonName("selfsigned.lab.test").addSubjectAlternativeName("selfsigned.lab.test")
            .addSubjectAlternativeName("localhost").build();

    final Map<InetSocketAddress, TcpRoute> routes = new ConcurrentHashMap<>();
    final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();
    final Map<String, HostResolver.Outcome> failures = new ConcurrentHashMap<>();
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    volatile Instant deviceTime = Instant.now();
    volatile String defaultBundle = "";
    /** How long the resolver itself waits for a silent server before it answers TIMED_OUT (glibc: 5 s x 2). */
    volatile Duration resolverGivesUpAfter = Duration.ofSeconds(10);
    private final List<AutoCloseable> resources = new ArrayList<>();

    /** What a run printed and returned. */
    record Run(int exit, String out, String err, CurlResult result) {}

    VirtualNetwork network() {
        return new VirtualNetwork() {
            @Override public TcpRoute tcp(InetAddress address, int port) {
                return routes.getOrDefault(new InetSocketAddress(address, port), new TcpRoute.Reject());
            }
            @Override public Optional<InetSocketAddress> udp(InetAddress address, int port) { return Optional.empty(); }
        };
    }

    /** Names in {@link #names} resolve; TIMED_OUT names wait for the deadline (capped at 10 s, glibc's 5 s x 2). */
    HostResolver resolver() {
        return (host, deadline) -> {
            long start = System.nanoTime();
            List<InetAddress> answer = names.get(host);
            if (answer != null) {
                return new HostResolver.Resolution(host, HostResolver.Outcome.RESOLVED, answer, ip("127.0.0.53"), Duration.ZERO);
            }
            HostResolver.Outcome outcome = failures.getOrDefault(host, HostResolver.Outcome.NOT_FOUND);
            if (outcome == HostResolver.Outcome.TIMED_OUT) {
                Duration wait = deadline.compareTo(resolverGivesUpAfter) < 0 ? deadline : resolverGivesUpAfter;
                Thread.sleep(wait.toMillis());
            }
            return new HostResolver.Resolution(host, outcome, List.of(), ip("127.0.0.53"),
                    Duration.ofNanos(System.nanoTime() - start));
        };
    }

    CurlFiles files() {
        return new CurlFiles() {
            @Override public Optional<byte[]> read(String path) { return Optional.ofNullable(files.get(path)); }
            @Override public List<String> list(String directory) {
                String prefix = directory.endsWith("/") ? directory : directory + "/";
                return files.keySet().stream().filter(p -> p.startsWith(prefix)).sorted().toList();
            }
            @Override public boolean write(String path, byte[] content) {
                if (path.startsWith("/nonexistent/")) return false;
                if (!list(path).isEmpty()) return false; // a directory
                files.put(path, content);
                return true;
            }
        };
    }

    /** As typed at a prompt (no progress meter); false runs curl as in a script, its stdout piped. */
    boolean stdoutIsTerminal = true;

    CurlEnvironment env(CurlDialect dialect) {
        return new CurlEnvironment(network(), resolver(), files(), () -> deviceTime, dialect, defaultBundle, stdoutIsTerminal);
    }

    Run run(CurlDialect dialect, String... argv) {
        return run(new Curl(env(dialect)), argv);
    }

    static Run run(Curl curl, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CurlResult result = curl.execute(Arrays.asList(argv), new PrintStream(out, true), new PrintStream(err, true));
        return new Run(result.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), result);
    }

    void name(String host, String... ips) {
        List<InetAddress> list = new ArrayList<>();
        for (String ip : ips) list.add(ip(ip));
        names.put(host, list);
    }

    void route(String virtualIp, int port, InetSocketAddress endpoint) {
        routes.put(new InetSocketAddress(ip(virtualIp), port), new TcpRoute.Reach(endpoint));
    }

    void route(String virtualIp, int port, MockWebServer server) {
        route(virtualIp, port, new InetSocketAddress(ip("127.0.0.1"), server.getPort()));
    }

    void drop(String virtualIp, int port) {
        routes.put(new InetSocketAddress(ip(virtualIp), port), new TcpRoute.Drop());
    }

    MockWebServer http() throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(ip("127.0.0.1"), 0);
        resources.add(server);
        return server;
    }

    MockWebServer https(HeldCertificate leaf, X509CertificatesHolder chain) throws IOException {
        return https(new HandshakeCertificates.Builder().heldCertificate(leaf, chain.certs).build().sslSocketFactory());
    }

    MockWebServer https(SSLSocketFactory factory) throws IOException {
        MockWebServer server = new MockWebServer();
        server.useHttps(factory);
        server.start(ip("127.0.0.1"), 0);
        resources.add(server);
        return server;
    }

    /** Wraps a server socket factory to restrict protocols and suites (a TLS 1.2-only server, as in the guide). */
    static SSLSocketFactory restricted(SSLSocketFactory delegate, String[] protocols, String[] suites) {
        return new SSLSocketFactory() {
            private Socket tune(Socket s) {
                if (s instanceof SSLSocket ssl) {
                    if (protocols != null) ssl.setEnabledProtocols(protocols);
                    if (suites != null) ssl.setEnabledCipherSuites(suites);
                }
                return s;
            }
            @Override public String[] getDefaultCipherSuites() { return delegate.getDefaultCipherSuites(); }
            @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
            @Override public Socket createSocket(Socket s, String h, int p, boolean a) throws IOException {
                return tune(delegate.createSocket(s, h, p, a));
            }
            @Override public Socket createSocket(String h, int p) throws IOException { return tune(delegate.createSocket(h, p)); }
            @Override public Socket createSocket(String h, int p, InetAddress l, int lp) throws IOException {
                return tune(delegate.createSocket(h, p, l, lp));
            }
            @Override public Socket createSocket(InetAddress h, int p) throws IOException { return tune(delegate.createSocket(h, p)); }
            @Override public Socket createSocket(InetAddress h, int p, InetAddress l, int lp) throws IOException {
                return tune(delegate.createSocket(h, p, l, lp));
            }
        };
    }

    void closeLater(AutoCloseable resource) {
        resources.add(resource);
    }

    /** A server that accepts and never answers (for -m). */
    InetSocketAddress silentServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, ip("127.0.0.1"));
        resources.add(server);
        List<Socket> held = new ArrayList<>();
        Thread t = new Thread(() -> {
            try {
                while (true) held.add(server.accept());
            } catch (IOException ignored) {
                // closed at the end of the test
            }
        });
        t.setDaemon(true);
        t.start();
        resources.add(() -> { for (Socket s : held) s.close(); });
        return new InetSocketAddress(ip("127.0.0.1"), server.getLocalPort());
    }

    /** A listening socket whose accept queue is full: SYNs are dropped and connect() hangs (Linux). */
    InetSocketAddress blackhole() throws IOException {
        ServerSocket server = new ServerSocket(0, 1, ip("127.0.0.1"));
        resources.add(server);
        InetSocketAddress address = new InetSocketAddress(ip("127.0.0.1"), server.getLocalPort());
        for (int i = 0; i < 2; i++) {
            Socket filler = new Socket();
            filler.connect(address, 500);
            resources.add(filler);
        }
        return address;
    }

    /** A loopback port nothing listens on. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, ip("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    static MockResponse forbidden() {
        return new MockResponse.Builder().code(403).status("HTTP/1.1 403 Forbidden")
                .addHeader("Content-Type", "text/plain; charset=utf-8").body("Forbidden").build();
    }

    static String pem(HeldCertificate... certs) {
        StringBuilder b = new StringBuilder();
        for (HeldCertificate c : certs) b.append(c.certificatePem());
        return b.toString();
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new IllegalArgumentException(literal);
        }
    }

    /** Intermediates sent after the leaf. */
    record X509CertificatesHolder(java.security.cert.X509Certificate... certs) {
        static X509CertificatesHolder none() { return new X509CertificatesHolder(); }
    }

    @Override
    public void close() {
        for (AutoCloseable c : resources) {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
    }
}
