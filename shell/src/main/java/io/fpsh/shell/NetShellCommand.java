package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.sim.network.PathChanges;
import io.fpsh.teach.LabPath;
import io.fpsh.teach.PathText;

import java.util.List;
import java.util.Optional;

/**
 * {@code :net [allow HOST PORT | exempt HOST]}: the stand-ins for the network outside a lab device (issue 12 §3), the
 * firewall on its path and the corporate proxy that inspects TLS. They change the lab's network, which its servers,
 * the device's curl, nslookup and openssl and the daemons' model all read; {@code :lab reset} undoes them. The
 * connector sees a change on its own schedule, or at once after {@code pmtool restartbyid SSEConnector}.
 */
final class NetShellCommand {
    static final String USAGE = "usage: :net [allow HOST PORT | exempt HOST]";
    /** What may follow {@code :net}, as completion offers it. */
    static final List<String> SUBCOMMANDS = List.of("allow", "exempt");

    private NetShellCommand() {}

    /** Runs {@code :net ARGUMENT}; its status: 0, 1 for a change refused, 2 for a usage error. */
    static int run(String argument, Session session, DeviceIo io) {
        List<String> words = argument.isEmpty() ? List.of() : List.of(argument.split("\\s+"));
        boolean known = words.isEmpty() || (words.get(0).equals("allow") && words.size() == 3)
                || (words.get(0).equals("exempt") && words.size() == 2);
        if (!known) {
            io.err().println("fpsh: " + USAGE);
            return 2;
        }
        Optional<LabPath> path = session.device().feature(LabPath.class);
        if (path.isEmpty()) {
            boolean lab = session.device().feature(io.fpsh.teach.PlantedLab.class).isPresent();
            io.err().println(lab ? "fpsh: :net changes the network of a lab device of its own (this one shares its fleet's)"
                    : "fpsh: :net works on labs only (now " + Printable.of(session.device().targetName()) + ")");
            return 2;
        }
        if (words.isEmpty()) {
            io.out().print(PathText.of(path.get().lab(), path.get().changes()));
            return 0;
        }
        Optional<String> host = PathChanges.host(words.get(1));
        if (host.isEmpty()) {
            io.err().println("fpsh: :net " + words.get(0) + ": '" + Printable.of(words.get(1))
                    + "' is not a host name, an IPv4 address or *.DOMAIN");
            return 2;
        }
        return words.get(0).equals("allow") ? allow(path.get(), host.get(), words.get(2), io) : exempt(path.get(), host.get(), io);
    }

    private static int allow(LabPath path, String host, String typedPort, DeviceIo io) {
        int port = typedPort.matches("\\d{1,5}") ? Integer.parseInt(typedPort) : 0;
        if (port < 1 || port > 65535) {
            io.err().println("fpsh: :net allow: the port must be a number from 1 to 65535 (got '" + Printable.of(typedPort) + "')");
            return 2;
        }
        boolean added = path.allow(new PathChanges.Allow(host, port));
        io.out().println("Firewall on the path: " + host + " port " + port
                + (added ? " allowed from now on." : " was allowed already."));
        return 0;
    }

    private static int exempt(LabPath path, String host, DeviceIo io) {
        if (path.lab().network().tlsInspection() == null) {
            io.err().println("fpsh: :net exempt: no proxy inspects TLS on this lab's path (:net shows it)");
            return 1;
        }
        if (host.matches("[0-9.]+")) {
            io.err().println("fpsh: :net exempt: the proxy exempts names, not addresses (got '" + host + "')");
            return 2;
        }
        boolean added = path.exempt(host);
        io.out().println("TLS-inspecting proxy: " + host + (added ? " exempted from now on: its own chain comes through."
                : " was exempted already."));
        return 0;
    }
}
