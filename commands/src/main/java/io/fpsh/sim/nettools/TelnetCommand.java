package io.fpsh.sim.nettools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.tcp.TcpDial;
import io.fpsh.tools.tcp.TcpProbe;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code telnet HOST [PORT]}: a TCP connection through the lab network, as curl's, with netkit telnet's lines.
 * Standard input goes to the server; its end closes the connection. [UNVERIFIED] which telnet the FTD has.
 */
public final class TelnetCommand implements ExternalCommand {
    private final Supplier<CurlEnvironment> environment;

    public TelnetCommand(Supplier<CurlEnvironment> environment) {
        this.environment = environment;
    }

    @Override
    public int run(CommandCall call) {
        if (call.args().isEmpty() || call.args().size() > 2 || call.args().get(0).startsWith("-")) {
            call.err().println("usage: telnet [-l user] [-a] host-name [port]");
            return 1;
        }
        String host = call.args().get(0);
        String portText = call.args().size() == 2 ? call.args().get(1) : "23";
        int port = NetPorts.parse(portText);
        if (port < 0) {
            call.err().println("telnet: could not resolve " + host + "/" + portText + ": Servname not supported for ai_socktype");
            return 1;
        }
        try (CancellableProbe cancellable = new CancellableProbe(call, environment)) {
            TcpProbe probe = cancellable.probe();
            Optional<InetAddress> address = probe.resolve(host);
            if (address.isEmpty()) {
                call.err().println("telnet: could not resolve " + host + "/" + portText + ": Name or service not known");
                return 1;
            }
            call.out().println("Trying " + address.get().getHostAddress() + "...");
            call.out().flush();
            TcpDial.Outcome outcome = probe.dial(address.get(), port, null);
            if (!(outcome instanceof TcpDial.Connected connected)) {
                call.err().println("telnet: Unable to connect to remote host: " + TcpProbe.reason(outcome));
                return 1;
            }
            call.out().println("Connected to " + host + ".");
            call.out().println("Escape character is '^]'.");
            call.out().flush();
            if (probe.relay(connected.socket(), call.in(), call.out())) {
                call.out().println("Connection closed by foreign host.");
                return 1;
            }
            return 0;
        } catch (InterruptedException | IOException e) {
            return 1;
        }
    }
}
