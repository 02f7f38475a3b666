package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/** {@code head [-n N | -N | -c [-]N] [FILE]...}: the first lines (10 by default); {@code -n -N} drops the last N. */
final class HeadCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(LineCounts.expandObsoleteForm(call.args()), "qv", "nc");
        if (opts.problem("head") != null) {
            call.err().println(opts.problem("head"));
            call.err().println("Try 'head --help' for more information.");
            return 1;
        }
        if (opts.value('c') != null) {
            return firstBytes(call, opts);
        }
        String count = opts.value('n') == null ? "10" : opts.value('n');
        boolean allButLast = count.startsWith("-");
        Long n = LineCounts.parse(allButLast ? count.substring(1) : count);
        if (n == null) {
            call.err().println("head: invalid number of lines: '" + count + "'");
            return 1;
        }
        List<String> files = opts.operands.isEmpty() ? List.of("-") : opts.operands;
        boolean headers = (files.size() > 1 || opts.has('v')) && !opts.has('q');
        int status = 0;
        boolean first = true;
        for (String file : files) {
            if (file.equals("-") && !allButLast && !headers) {
                firstLinesAsTheyArrive(call, n);
                first = false;
                continue;
            }
            String content = LineCounts.readOrComplain(call, "head", file);
            if (content == null) {
                status = 1;
                continue;
            }
            if (headers) {
                call.out().print((first ? "" : "\n") + "==> " + (file.equals("-") ? "standard input" : file) + " <==\n");
            }
            first = false;
            List<String> lines = Text.lines(content);
            int keep = (int) Math.min(lines.size(), allButLast ? Math.max(0, lines.size() - n) : n);
            StringBuilder out = new StringBuilder();
            for (String line : new ArrayList<>(lines.subList(0, keep))) {
                out.append(line).append('\n');
            }
            if (keep == lines.size() && !Text.endsWithNewline(content) && keep > 0) {
                out.setLength(out.length() - 1);
            }
            Text.writeRaw(call.out(), out.toString());
        }
        return status;
    }

    /** {@code head -c [-]N}: the first N bytes, or all but the last N. */
    private static int firstBytes(CommandCall call, GetOpt opts) {
        String count = opts.value('c');
        boolean allButLast = count.startsWith("-");
        Long n = LineCounts.parse(allButLast ? count.substring(1) : count);
        if (n == null) {
            call.err().println("head: invalid number of bytes: '" + count + "'");
            return 1;
        }
        int status = 0;
        for (String file : opts.operands.isEmpty() ? List.of("-") : opts.operands) {
            String content = LineCounts.readOrComplain(call, "head", file);
            if (content == null) {
                status = 1;
                continue;
            }
            int keep = (int) Math.min(content.length(), allButLast ? Math.max(0, content.length() - n) : n);
            Text.writeRaw(call.out(), content.substring(0, keep));
        }
        return status;
    }

    /** The first lines of standard input, leaving as soon as they are printed (the writer then gets SIGPIPE). */
    private static void firstLinesAsTheyArrive(CommandCall call, long n) {
        LineSource lines = LineSource.of(call.in());
        for (long i = 0; i < n; i++) {
            String line = lines.next();
            if (line == null) {
                return;
            }
            Text.writeRaw(call.out(), lines.lastHadNewline() ? line + "\n" : line);
        }
    }
}
