package io.fpsh.sim.expert;

import io.fpsh.ftd.LsofSockets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lsof -i [46][TCP|UDP][@host][:port] [-n] [-P]}: the device's internet sockets. A non-root user sees only
 * their own processes' sockets; nothing listed means no output at all and status 1, as lsof does.
 */
final class LsofCommand implements ExternalCommand {

    private static final Pattern SPEC =
            Pattern.compile("(?i)([46])?(tcp|udp)?(?:@([^:]+))?(?::(\\S+))?");

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        boolean numericHosts = false;
        boolean numericPorts = false;
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-i")) {
                String spec = arg.substring(2);
                if (spec.isEmpty() && i + 1 < args.size() && isSpec(args.get(i + 1))) {
                    spec = args.get(++i);
                }
                specs.add(spec);
            } else if (arg.matches("-[nP]+")) {
                numericHosts |= arg.contains("n");
                numericPorts |= arg.contains("P");
            } else {
                call.err().println("lsof: unsupported option in the simulation: " + arg);
                return 1;
            }
        }
        boolean root = call.context().user().equals("root");
        List<LsofSockets.Socket> rows = LsofRow.listing(call.context().sockets().inet(),
                socket -> (root || socket.user().equals(call.context().user())) && matchesAny(socket, specs),
                numericHosts, numericPorts).sockets();
        if (rows.isEmpty()) {
            return 1;
        }
        for (String line : LsofRenderer.render(rows)) {
            call.out().println(line);
        }
        return 0;
    }

    private static boolean isSpec(String arg) {
        return !arg.isEmpty() && !arg.startsWith("-") && SPEC.matcher(arg).matches()
                && (arg.startsWith(":") || arg.startsWith("@") || arg.matches("(?i)[46]?(tcp|udp).*|[46]"));
    }

    private static boolean matchesAny(InetSocket socket, List<String> specs) {
        if (specs.isEmpty()) {
            return true;
        }
        for (String spec : specs) {
            Matcher m = SPEC.matcher(spec);
            if (!m.matches()) {
                continue;
            }
            boolean version = m.group(1) == null || (m.group(1).equals("6") == socket.isIpv6());
            boolean proto = m.group(2) == null || socket.proto().startsWith(m.group(2).toLowerCase(Locale.ROOT));
            boolean host = m.group(3) == null || m.group(3).equals(socket.remoteAddress())
                    || (socket.remoteName() != null && socket.remoteName().startsWith(m.group(3) + ":"));
            boolean port = m.group(4) == null || m.group(4).equals(Integer.toString(socket.localPort()))
                    || m.group(4).equals(Integer.toString(socket.remotePort()));
            if (version && proto && host && port) {
                return true;
            }
        }
        return false;
    }
}
