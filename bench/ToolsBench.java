import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.tools.curl.Curl;
import io.fpsh.tools.curl.CurlDialect;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.curl.CurlFiles;
import io.fpsh.tools.nslookup.Nslookup;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * fpsh's expert-mode curl and nslookup, in process, next to the real /usr/bin/curl and /usr/bin/nslookup, all
 * against the same loopback servers this program starts: a TLS server (self-signed, answers 403 "Forbidden", sends
 * each write at once) and a DNS server (A 127.0.0.10 for any name). Nothing leaves 127.0.0.1. Prints medians only;
 * asserts nothing.
 * Run by bench/tools with the fat jar on the class path.
 */
public class ToolsBench {

    private static final int IN_PROCESS_RUNS = 200;
    private static final int BINARY_RUNS = 30;
    private static final String NAME = "ftd01.lab.test";

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("fpsh-toolsbench");
        try (TlsServer tls = new TlsServer(scratch); DnsServer dns = new DnsServer()) {
            String url = "https://" + NAME + ":" + tls.port() + "/";
            Curl curl = new Curl(curlEnvironment());
            List<String> curlArgs = List.of("-s", "-k", "--resolve", NAME + ":" + tls.port() + ":127.0.0.1", url);
            report("curl -k " + url, inProcess(() -> curl.run(curlArgs, nowhere(), nowhere())),
                    binary(prepend("/usr/bin/curl", "-q", curlArgs)));

            Nslookup nslookup = new Nslookup(ResolvConf.of(InetAddress.getByName("127.0.0.1")), loopback(),
                    "9.18.49-1~deb12u3-Debian");
            List<String> nsArgs = List.of("-port=" + dns.port(), NAME, "127.0.0.1");
            report("nslookup " + NAME, inProcess(() -> nslookup.run(nsArgs, nowhere(), nowhere())),
                    binary(prepend("/usr/bin/nslookup", null, nsArgs)));
        } finally {
            for (File f : scratch.toFile().listFiles()) f.delete();
            scratch.toFile().delete();
        }
    }

    private interface Run {
        int once() throws Exception;
    }

    private static void report(String what, double inProcessMs, double binaryMs) {
        System.out.printf("%-60s fpsh in-process: median %8.3f ms (%d runs) | real binary: median %8.3f ms (%d runs)%n",
                what, inProcessMs, IN_PROCESS_RUNS, binaryMs, BINARY_RUNS);
    }

    /** Median of IN_PROCESS_RUNS timed runs, after a quarter as many untimed ones (JIT warm-up). */
    private static double inProcess(Run run) throws Exception {
        for (int i = 0; i < IN_PROCESS_RUNS / 4; i++) expectSuccess(run.once());
        double[] ms = new double[IN_PROCESS_RUNS];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            expectSuccess(run.once());
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(ms);
    }

    /** Median wall time of the real program, started afresh each time (one untimed run first). */
    private static double binary(List<String> command) throws Exception {
        QuietProcess.run(command);
        double[] ms = new double[BINARY_RUNS];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            expectSuccess(QuietProcess.run(command));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(ms);
    }

    /** A figure for a failing run would measure the failure: say so instead. */
    private static void expectSuccess(int exit) {
        if (exit != 0) throw new IllegalStateException("a benchmarked run exited " + exit);
    }

    private static double median(double[] ms) {
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static List<String> prepend(String binary, String flag, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary);
        if (flag != null) command.add(flag);
        command.addAll(args);
        return command;
    }

    private static PrintStream nowhere() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    // ------------------------------------------------------------------ fpsh's view: loopback as it is

    /** Every virtual endpoint is the loopback endpoint of the same address and port. */
    private static VirtualNetwork loopback() {
        return new VirtualNetwork() {
            @Override public TcpRoute tcp(InetAddress address, int port) {
                return new TcpRoute.Reach(new InetSocketAddress(address, port));
            }
            @Override public Optional<InetSocketAddress> udp(InetAddress address, int port) {
                return Optional.of(new InetSocketAddress(address, port));
            }
        };
    }

    private static CurlEnvironment curlEnvironment() {
        // --resolve pins the name; anything else would fail to resolve rather than leave loopback
        HostResolver noNames = (host, deadline) -> new HostResolver.Resolution(host, HostResolver.Outcome.NOT_FOUND,
                List.of(), null, java.time.Duration.ZERO);
        return new CurlEnvironment(loopback(), noNames, CurlFiles.empty(), Instant::now, CurlDialect.MODERN, "", false);
    }

    // ------------------------------------------------------------------ the servers

    /** HTTPS on 127.0.0.1 with a fresh self-signed key (keytool), one request per connection. */
    private static final class TlsServer implements AutoCloseable {
        private final SSLServerSocket socket;

        TlsServer(Path scratch) throws Exception {
            Path store = scratch.resolve("server.p12");
            Process keytool = new ProcessBuilder("keytool", "-genkeypair", "-alias", "bench", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-dname", "CN=" + NAME, "-ext", "SAN=dns:" + NAME + ",ip:127.0.0.1",
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "benchpass")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (keytool.waitFor() != 0) throw new IllegalStateException("keytool failed");
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = new FileInputStream(store.toFile())) {
                keys.load(in, "benchpass".toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, "benchpass".toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
                    InetAddress.getByName("127.0.0.1"));
            daemon(() -> {
                while (true) {
                    Socket client = socket.accept();
                    daemon(() -> answer(client));
                }
            });
        }

        int port() { return socket.getLocalPort(); }

        private static void answer(Socket client) throws IOException {
            try (client) {
                // as real HTTPS servers (nginx, Apache httpd) and the lab's own do: else JSSE's handshake flight,
                // written in pieces, waits for the client's delayed ACK
                client.setTcpNoDelay(true);
                InputStream in = client.getInputStream();
                int matched = 0;
                byte[] end = {'\r', '\n', '\r', '\n'};
                int b;
                while (matched < 4 && (b = in.read()) != -1) matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
                client.getOutputStream().write(("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        + "Content-Length: 9\r\nConnection: close\r\n\r\nForbidden").getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
            }
        }

        @Override public void close() throws IOException { socket.close(); }
    }

    /** UDP DNS on 127.0.0.1 (dnsjava): A 127.0.0.10 for any name, an empty NOERROR for any other type. */
    private static final class DnsServer implements AutoCloseable {
        private final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));

        DnsServer() throws IOException {
            daemon(() -> {
                byte[] buffer = new byte[4096];
                while (true) {
                    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                    socket.receive(packet);
                    Message query = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
                    Message reply = new Message(query.getHeader().getID());
                    reply.getHeader().setFlag(Flags.QR);
                    reply.getHeader().setFlag(Flags.AA);
                    reply.getHeader().setFlag(Flags.RD);
                    reply.getHeader().setFlag(Flags.RA);
                    Record question = query.getQuestion();
                    reply.addRecord(question, Section.QUESTION);
                    if (question.getType() == Type.A) {
                        reply.addRecord(new ARecord(question.getName(), DClass.IN, 300,
                                InetAddress.getByName("127.0.0.10")), Section.ANSWER);
                    }
                    byte[] wire = reply.toWire();
                    socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
                }
            });
        }

        int port() { return socket.getLocalPort(); }

        @Override public void close() { socket.close(); }
    }

    private interface Loop {
        void run() throws Exception;
    }

    private static void daemon(Loop loop) {
        Thread t = new Thread(() -> {
            try {
                loop.run();
            } catch (Exception closed) {
                // the bench is over
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
