package io.fpsh.shell;

import java.util.List;

/**
 * {@code :lab actions}: the stand-ins for the systems outside the device (issue 12 §3), one line each with its
 * usage. A static list: each stand-in's command adds its lines here.
 */
final class LabActions {
    /** One stand-in: how it is typed, and what it changes. */
    record Action(String usage, String effect) {}

    static final List<Action> ACTIONS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            // the network outside the device (NetShellCommand)
            new Action(":net", "the path's rules now: what its firewall drops or rejects, what its proxy inspects"),
            new Action(":net allow HOST PORT", "the firewall on the path lets HOST (a name, as the guide advises; an"
                    + " address; *.DOMAIN) through on PORT"),
            new Action(":net exempt HOST", "the corporate proxy stops inspecting TLS to HOST (a name or *.DOMAIN):"
                    + " the server's own chain comes through")),
            // the FMC, the SSE portal and the Smart Account (io.fpsh.world): "usage  effect" lines
            io.fpsh.world.WorldActions.USAGES.stream().map(LabActions::split)).toList();

    /** Usage lines written "USAGE  EFFECT" (two spaces between): the world's stand-ins keep theirs so. */
    private static Action split(String line) {
        int gap = line.indexOf("  ");
        return gap < 0 ? new Action(line, "") : new Action(line.substring(0, gap), line.substring(gap).strip());
    }

    /** The usage column's width; a longer usage puts its effect on the next line. */
    private static final int COLUMN = 24;

    private LabActions() {}

    static String text() {
        StringBuilder out = new StringBuilder(
                "Stand-ins for the systems outside the device (they change this lab only; :lab reset undoes them):\n");
        int width = ACTIONS.stream().mapToInt(a -> a.usage().length()).filter(length -> length <= COLUMN).max().orElse(0);
        for (Action action : ACTIONS) {
            out.append("  ").append(action.usage());
            if (action.usage().length() > width) {
                out.append('\n').append(" ".repeat(width + 2));
            } else {
                out.append(" ".repeat(width - action.usage().length()));
            }
            out.append("  ").append(action.effect()).append('\n');
        }
        return out.toString();
    }
}
