package io.fpsh.sim.nettools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.GetOpt;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.tcp.TcpDial;
import io.fpsh.tools.tcp.TcpProbe;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code nc [-z] [-v] [-n] [-w secs] HOST PORT}: OpenBSD netcat's lines over a TCP connection through the lab
 * network. [UNVERIFIED] which nc the FTD has; OpenBSD's is what Debian and most troubleshooting guides show.
 */
public final class NcCommand implements ExternalCommand {
    static final String USAGE = "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]";

    private final Supplier<CurlEnvironment> environment;

    public NcCommand(Supplier<CurlEnvironment> environment) {
        this.environment = environment;
    }

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "zvn4", "w");
        if (opts.invalid != 0 || opts.invalidLong != null) {
            call.err().println("nc: invalid option -- '" + (opts.invalid != 0 ? String.valueOf(opts.invalid) : opts.invalidLong) + "'");
            call.err().println(USAGE);
            return 1;
        }
        if (opts.operands.size() != 2) {
            call.err().println(USAGE);
            return 1;
        }
        String host = opts.operands.get(0);
        int port = NetPorts.parse(opts.operands.get(1));
        if (port < 0) {
            call.err().println("nc: port number invalid: " + opts.operands.get(1));
            return 1;
        }
        Duration limit = null;
        if (opts.value('w') != null) {
            if (!opts.value('w').matches("\\d+")) {
                call.err().println("nc: timeout invalid: " + opts.value('w'));
                return 1;
            }
            limit = Duration.ofSeconds(Long.parseLong(opts.value('w')));
        }
        boolean verbose = opts.has('v');
        try (CancellableProbe cancellable = new CancellableProbe(call, environment)) {
            TcpProbe probe = cancellable.probe();
            Optional<InetAddress> address = opts.has('n') ? io.fpsh.net.dns.IpLiteral.parse(host) : probe.resolve(host);
            if (address.isEmpty()) {
                call.err().println("nc: getaddrinfo for host \"" + host + "\" port " + port + ": Name or service not known");
                return 1;
            }
            TcpDial.Outcome outcome = probe.dial(address.get(), port, limit);
            if (!(outcome instanceof TcpDial.Connected connected)) {
                if (verbose || !(outcome instanceof TcpDial.TimedOut)) {
                    call.err().println(outcome instanceof TcpDial.TimedOut && limit != null
                            ? "nc: connect to " + host + " port " + port + " (tcp) timed out: Operation now in progress"
                            : "nc: connect to " + host + " port " + port + " (tcp) failed: " + TcpProbe.reason(outcome));
                }
                return 1;
            }
            if (verbose) {
                call.err().println("Connection to " + host + " " + port + " port [tcp/" + NetPorts.serviceName(port) + "] succeeded!");
            }
            if (!opts.has('z')) {
                probe.relay(connected.socket(), call.in(), call.out());
            }
            return 0;
        } catch (InterruptedException | IOException e) {
            return 1;
        }
    }
}
