package io.fpsh.sim.clish;

import io.fpsh.sim.nettools.LinaPing;
import io.fpsh.sim.nettools.PingRun;
import io.fpsh.sim.nettools.TracerouteRun;

import java.util.Map;

/**
 * {@code ping system HOST} and {@code traceroute system HOST}: the management interface's Linux ping and traceroute
 * (facts 1.12), answered by the lab's ICMP rules. {@code ping system} runs until Ctrl-C; {@code count N} stops it
 * after N ([SRC B6] 7.6's form, accepted on every version here).
 */
final class NetworkToolCommands {
    private NetworkToolCommands() {}

    static void register(Map<String, ClishCommand> commands) {
        ClishCommand ping = (command, session, io) -> {
            Integer count = null;
            if (command.arg("count") != null) {
                if (!command.arg("count").matches("[1-9][0-9]{0,8}")) {
                    io.err().println("ping: bad number of packets to transmit.");
                    return 1;
                }
                count = Integer.parseInt(command.arg("count"));
            }
            PingRun.Options options = new PingRun.Options(count, PingRun.Options.LINGER_SECONDS, false);
            int status = new PingRun(session.state()).run(command.arg("host"), options, io.out(), io.err(), () -> false);
            return status == 0 ? 0 : 1;
        };
        commands.put("ping system <host>", ping);
        commands.put("ping system <host> count <count>", ping);
        // nettools2: LINA's ping at > (facts 1.12, B6), on the management path's rules while the lab has no data interfaces
        commands.put("ping <host>", (command, session, io) ->
                new io.fpsh.sim.nettools.LinaPing(session.state()).run(command.arg("host"), io.out(), io.err()));
        // issue 11 §1: LINA's ping out of a data interface; a word that names none is an illegal parameter (facts 1.3)
        commands.put("ping <host> <address>", (command, session, io) -> {
            if (!LinaPing.knowsInterface(session.state(), command.arg("host"))) {
                io.err().println("Syntax error: Illegal parameter");
                return 1;
            }
            return new LinaPing(session.state()).run(command.arg("host"), command.arg("address"),
                    io.out(), io.err());
        });
        commands.put("traceroute system <host>", (command, session, io) -> new TracerouteRun(session.state())
                .run(command.arg("host"), TracerouteRun.Options.DEFAULT, io.out(), io.err(), () -> false) == 0 ? 0 : 1);
    }
}
