package io.fpsh.tools.tcp;

import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.IpLiteral;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;

/**
 * What telnet and nc share: resolve a name as the device does, dial through the lab network, then relay standard
 * input to the server and its answer to standard output until either side ends.
 */
public final class TcpProbe {
    static final Duration LOOKUP_DEADLINE = Duration.ofSeconds(30);

    private final VirtualNetwork network;
    private final HostResolver resolver;
    private volatile Socket open;

    public TcpProbe(VirtualNetwork network, HostResolver resolver) {
        this.network = network;
        this.resolver = resolver;
    }

    /** The address of {@code host}: a literal as is, a name through the device's resolver. */
    public Optional<InetAddress> resolve(String host) throws InterruptedException {
        Optional<InetAddress> literal = IpLiteral.parse(host);
        if (literal.isPresent()) {
            return literal;
        }
        HostResolver.Resolution resolution = resolver.resolve(host, LOOKUP_DEADLINE);
        return resolution.resolved() ? Optional.of(resolution.addresses().get(0)) : Optional.empty();
    }

    public TcpDial.Outcome dial(InetAddress address, int port, Duration limit) throws IOException, InterruptedException {
        TcpDial.Outcome outcome = new TcpDial(network).connect(address, port, limit);
        if (outcome instanceof TcpDial.Connected connected) {
            open = connected.socket();
        }
        return outcome;
    }

    /**
     * Relays {@code in} to the socket and the socket to {@code out}; true when the server closed first (telnet's
     * "Connection closed by foreign host."), false when the input ended.
     */
    public boolean relay(Socket socket, InputStream in, OutputStream out) {
        boolean[] serverClosed = {false};
        Thread reader = new Thread(() -> {
            try {
                socket.getInputStream().transferTo(out);
                out.flush();
                serverClosed[0] = true;
            } catch (IOException ignored) {
                // we closed it
            }
        }, "tcp-relay");
        reader.setDaemon(true);
        reader.start();
        try {
            in.transferTo(socket.getOutputStream());
            reader.join(300); // the answer to the last line, if it comes at once
        } catch (IOException | InterruptedException ignored) {
            // the server went away, or Ctrl-C
        }
        synchronized (serverClosed) {
            close();
        }
        return serverClosed[0];
    }

    /** Ctrl-C, or the end: closes the connection. */
    public void close() {
        Socket socket = open;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    /** The kernel's words for a failed connect. */
    public static String reason(TcpDial.Outcome outcome) {
        return outcome instanceof TcpDial.Refused ? "Connection refused"
                : outcome instanceof TcpDial.NoRoute ? "No route to host" : "Connection timed out";
    }
}
