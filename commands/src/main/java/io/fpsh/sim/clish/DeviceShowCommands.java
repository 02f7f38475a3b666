package io.fpsh.sim.clish;

import io.fpsh.ftd.StaticRoute;
import io.fpsh.grammar.ParseResult;
import io.fpsh.sim.lina.RunningConfig;

import java.util.Map;

/** The show commands of issue 11 and the static-route configuration they show, each a view of the state. */
final class DeviceShowCommands {
    /** What the clish answers a parameter this release does not have. [UNVERIFIED wording, facts 1.3.] */
    static final String ILLEGAL_PARAMETER = "Syntax error: Illegal parameter";

    private DeviceShowCommands() {}

    static void register(Map<String, ClishCommand> commands) {
        commands.put("show time", text((c, s) -> DeviceViews.time(s.state())));
        commands.put("show ntp", text((c, s) -> DeviceViews.ntp(s.state())));
        commands.put("show disk", text((c, s) -> DeviceViews.disk(s.state())));
        commands.put("show failover", text((c, s) -> DeviceViews.failover()));
        commands.put("show interface", text((c, s) -> DataInterfaceViews.interfaces(s.state())));
        commands.put("show interface ip brief", (command, session, io) -> {
            if (!DeviceViews.atLeast(session.state(), 7, 4)) {
                io.err().println(ILLEGAL_PARAMETER);
                return 1;
            }
            io.out().print(DataInterfaceViews.interfacesBrief(session.state()));
            return 0;
        });
        // the clish passes it to LINA, which shows its configuration: no enable needed here (facts 1.4)
        commands.put("show running-config", text((c, s) -> RunningConfig.of(s.state())));
        // LINA's answers at > (7.2+ and 7.4+ in the grammar, from the sources' versions: LinaViews)
        commands.put("show route", text((c, s) -> LinaViews.route(s.state())));
        commands.put("show cpu", text((c, s) -> LinaViews.cpu(s.state())));
        commands.put("show cpu usage", text((c, s) -> LinaViews.cpu(s.state())));
        commands.put("show memory", text((c, s) -> LinaViews.memory(s.state())));
        commands.put("show tech-support", text((c, s) -> DeviceViews.techSupportReport(s.state())));
        commands.put("show network-static-routes", text((c, s) -> DeviceViews.staticRoutes(s.state())));
        commands.put("configure network static-routes ipv4 add <interface> <destination> <netmask> <gateway>",
                (command, session, io) -> {
                    // [UNVERIFIED: the replies; the syntax is [SRC B10] (facts 1.7)]
                    if (!session.state().addStaticRoute(route(command))) {
                        io.err().println("Route already exists.");
                        return 1;
                    }
                    return 0;
                });
        commands.put("configure network static-routes ipv4 delete <interface> <destination> <netmask> <gateway>",
                (command, session, io) -> {
                    if (!session.state().deleteStaticRoute(route(command))) {
                        io.err().println("Route does not exist.");
                        return 1;
                    }
                    return 0;
                });
    }

    private static StaticRoute route(ParseResult.Command command) {
        return new StaticRoute(command.arg("interface"), command.arg("destination"), command.arg("netmask"), command.arg("gateway"));
    }

    /** A command that prints one text. */
    private static ClishCommand text(java.util.function.BiFunction<ParseResult.Command, io.fpsh.sim.FtdSession, String> view) {
        return (command, session, io) -> {
            io.out().print(view.apply(command, session));
            return 0;
        };
    }
}
