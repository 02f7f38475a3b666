package io.fpsh.sim.expert;

import java.util.List;

/**
 * {@code netstat [-a|-l] [-n] [-p] [-t] [-u] [-x]} from the socket table. Addresses are always numeric (as with
 * {@code -n}). As a non-root user, sockets of other users show {@code -} for PID/Program, with net-tools' note.
 */
final class NetstatCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "alnptuxeWv", "");
        if (opts.problem("netstat") != null || !opts.operands.isEmpty()) {
            call.err().println(opts.problem("netstat") != null ? opts.problem("netstat")
                    : "netstat: invalid argument '" + opts.operands.get(0) + "'");
            call.err().println("usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}");
            return 1;
        }
        boolean all = opts.has('a');
        boolean listeningOnly = opts.has('l') && !all;
        boolean programs = opts.has('p');
        boolean anyFamily = opts.has('t') || opts.has('u') || opts.has('x');
        boolean inet = !anyFamily || opts.has('t') || opts.has('u');
        boolean unix = !anyFamily || opts.has('x');
        String scope = all ? "(servers and established)" : listeningOnly ? "(only servers)" : "(w/o servers)";
        boolean root = call.context().user().equals("root");
        SocketTable sockets = call.context().sockets();
        if (programs && !root) {
            call.err().println("(Not all processes could be identified, non-owned process info");
            call.err().println(" will not be shown, you would have to be root to see it all.)");
        }
        if (inet) {
            call.out().println("Active Internet connections " + scope);
            call.out().println(programs ? NetstatRenderer.INET_HEADER : NetstatRenderer.INET_HEADER_NO_PROGRAM);
            for (InetSocket s : sockets.inet()) {
                boolean wanted = (!anyFamily || (s.isTcp() ? opts.has('t') : opts.has('u')))
                        && (all || s.isListening() == listeningOnly);
                if (wanted) {
                    String program = programs ? visibleProgram(root, call, s.pid(), s.program(), s.user()) : null;
                    call.out().println(NetstatRenderer.inet(s, program));
                }
            }
        }
        if (unix) {
            call.out().println("Active UNIX domain sockets " + scope);
            call.out().println(programs ? NetstatRenderer.UNIX_HEADER : NetstatRenderer.UNIX_HEADER_NO_PROGRAM);
            List<UnixSocket> unixSockets = sockets.unix();
            for (UnixSocket s : unixSockets) {
                if (all || s.accepting() == listeningOnly) {
                    boolean ownerShown = programs && (root || call.context().user().equals(s.user()));
                    call.out().println(NetstatRenderer.unix(s.row(ownerShown), programs));
                }
            }
        }
        return 0;
    }

    private static String visibleProgram(boolean root, CommandCall call, int pid, String program, String user) {
        if (!root && !call.context().user().equals(user)) {
            return "-";
        }
        return NetstatRenderer.program(pid, program);
    }
}
