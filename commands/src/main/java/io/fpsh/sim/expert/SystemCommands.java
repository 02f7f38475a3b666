package io.fpsh.sim.expert;

/** {@code id}, {@code uname} and {@code uptime} and {@code clear}: what the box says about itself and the session. */
final class SystemCommands {

    /** {@code id [-u|-g|-n]}: the user's ids; admin's are the usual first user's (1000) [UNVERIFIED]. */
    int id(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "ugGnr", "");
        if (ToolInput.badOption(call, opts, "id")) {
            return 1;
        }
        String user = call.context().user();
        if (!opts.operands.isEmpty() && !opts.operands.get(0).equals(user)
                && call.context().homeOf(opts.operands.get(0)).isEmpty()) {
            call.err().println("id: '" + opts.operands.get(0) + "': no such user");
            return 1;
        }
        if (!opts.operands.isEmpty()) {
            user = opts.operands.get(0);
        }
        int uid = user.equals("root") ? 0 : user.equals(call.context().user()) ? call.context().uid() : 1001;
        if (opts.has('u') || opts.has('g') || opts.has('G')) {
            call.out().println(opts.has('n') ? user : Integer.toString(uid));
            return 0;
        }
        call.out().println("uid=" + uid + "(" + user + ") gid=" + uid + "(" + user + ") groups=" + uid + "(" + user + ")");
        return 0;
    }

    /** {@code uname [-asnrvmpio]}: Linux, the hostname, the kernel of {@link SystemInfo}. */
    int uname(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "asnrvmpio", "");
        if (ToolInput.badOption(call, opts, "uname")) {
            return 1;
        }
        if (!opts.operands.isEmpty()) {
            call.err().println("uname: extra operand '" + opts.operands.get(0) + "'");
            call.err().println("Try 'uname --help' for more information.");
            return 1;
        }
        boolean all = opts.has('a');
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (all || opts.has('s') || opts.options.isEmpty()) {
            parts.add("Linux");
        }
        if (all || opts.has('n')) {
            parts.add(call.context().hostname());
        }
        if (all || opts.has('r')) {
            parts.add(SystemInfo.KERNEL_RELEASE);
        }
        if (all || opts.has('v')) {
            parts.add(SystemInfo.KERNEL_VERSION);
        }
        if (all || opts.has('m')) {
            parts.add(SystemInfo.MACHINE);
        }
        if (opts.has('p') && !all) {
            parts.add(SystemInfo.MACHINE);
        }
        if (opts.has('i') && !all) {
            parts.add(SystemInfo.MACHINE);
        }
        if (all || opts.has('o')) {
            parts.add("GNU/Linux");
        }
        call.out().println(String.join(" ", parts));
        return 0;
    }

    int uptime(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "ps", "");
        if (ToolInput.badOption(call, opts, "uptime")) {
            return 1;
        }
        if (opts.has('s')) {
            call.out().println(SystemInfo.bootTime(call.context()).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        } else if (opts.has('p')) {
            call.out().println(SystemInfo.prettyUptime(call.context()));
        } else {
            call.out().println(SystemInfo.uptimeLine(call.context()));
        }
        return 0;
    }

    /** {@code clear}: the xterm sequences ncurses' clear writes (home, erase screen, erase scrollback). */
    int clear(CommandCall call) {
        call.out().print("\033[H\033[2J\033[3J");
        call.out().flush();
        return 0;
    }
}
