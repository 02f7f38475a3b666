package io.fpsh.net.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP proxy on 127.0.0.1 that only tunnels: {@code CONNECT host:port} (with Basic credentials when it has
 * some) gets {@code 200 Connection established} and a byte tunnel to whatever {@link TunnelDialer} reaches.
 * Answers as Squid does: 407 without the right credentials, 503 when the name or the server fails, 504 when the
 * server never answers, 501 for anything but CONNECT (plain-HTTP forwarding is not offered). Each connection
 * carries one CONNECT; the proxy closes it after any refusal.
 */
public final class LabConnectProxy implements AutoCloseable {
    private static final int MAX_HEAD_BYTES = 8 * 1024;
    /** A client that connects and never finishes its request is let go, as Squid's request timeout does. */
    private static final int REQUEST_TIMEOUT_MS = 30_000;
    static final String REALM = "proxy";

    private final String expectedAuthorization;
    private final TunnelDialer dialer;
    private final List<String> tunnels = new CopyOnWriteArrayList<>();
    private final LoopbackAcceptor acceptor;

    private LabConnectProxy(String user, String password, TunnelDialer dialer) throws IOException {
        this.expectedAuthorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.dialer = dialer;
        this.acceptor = new LoopbackAcceptor(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), "lab-proxy", this::serve);
    }

    /** A proxy wanting {@code user}/{@code password} (both null: no authentication), reaching servers with {@code dialer}. */
    public static LabConnectProxy start(String user, String password, TunnelDialer dialer) {
        if ((user == null) != (password == null) || dialer == null) {
            throw new IllegalArgumentException("a lab proxy needs a dialer, and a user only with a password");
        }
        try {
            return new LabConnectProxy(user, password, dialer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the lab proxy on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public InetSocketAddress endpoint() {
        return acceptor.endpoint();
    }

    /** The {@code host:port} of every tunnel opened so far, in order. */
    public List<String> tunnels() {
        return new ArrayList<>(tunnels);
    }

    private void serve(Socket client) {
        try {
            client.setSoTimeout(REQUEST_TIMEOUT_MS);
            List<String> head = readHead(client.getInputStream());
            String[] requestLine = head.isEmpty() ? new String[0] : head.get(0).split(" ");
            if (requestLine.length != 3) {
                refuse(client, 400, "Bad Request", null);
                return;
            }
            if (!requestLine[0].equals("CONNECT")) {
                refuse(client, 501, "Not Implemented", null);
                return;
            }
            if (expectedAuthorization != null && !expectedAuthorization.equals(header(head, "proxy-authorization"))) {
                refuse(client, 407, "Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"" + REALM + "\"");
                return;
            }
            String authority = requestLine[1];
            int colon = authority.lastIndexOf(':');
            int port = colon < 0 ? -1 : parsePort(authority.substring(colon + 1));
            if (port < 0) {
                refuse(client, 400, "Bad Request", null);
                return;
            }
            Socket server;
            try {
                server = dialer.dial(authority.substring(0, colon), port);
            } catch (SocketTimeoutException e) {
                refuse(client, 504, "Gateway Timeout", null);
                return;
            } catch (IOException e) { // the name did not resolve, or the server refused
                refuse(client, 503, "Service Unavailable", null);
                return;
            }
            acceptor.track(server);
            tunnels.add(authority);
            client.setSoTimeout(0); // a tunnel may sit idle as long as its ends like
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            TunnelPump.relay(client, server, "lab-proxy-tunnel");
            acceptor.untrack(server);
        } catch (IOException e) {
            // the client went away mid-request
        }
    }

    private static void refuse(Socket client, int status, String reason, String extraHeader) throws IOException {
        String response = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + (extraHeader == null ? "" : extraHeader + "\r\n")
                + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        OutputStream out = client.getOutputStream();
        out.write(response.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The request line and header lines, up to the blank line. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        for (int b; (b = in.read()) >= 0 && total++ < MAX_HEAD_BYTES; ) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return List.of(); // cut short or too long: not a request
    }

    private static String header(List<String> head, String lowerName) {
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(lowerName)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        acceptor.close();
    }
}
