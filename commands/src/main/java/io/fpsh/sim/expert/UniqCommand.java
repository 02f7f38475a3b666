package io.fpsh.sim.expert;

import java.util.List;

/** {@code uniq [-c] [-d] [-u] [-i] [INPUT]}: adjacent repeated lines once (GNU coreutils). */
final class UniqCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "cdui", "");
        if (ToolInput.badOption(call, opts, "uniq")) {
            return 1;
        }
        if (opts.operands.size() > 2) {
            call.err().println("uniq: extra operand '" + opts.operands.get(2) + "'");
            call.err().println("Try 'uniq --help' for more information.");
            return 1;
        }
        if (opts.operands.size() == 2) {
            call.err().println("uniq: writing to a file is not simulated: use a redirection"); // [UNVERIFIED] fpsh's own
            return 1;
        }
        List<String> input = opts.operands.isEmpty() ? List.of("-") : opts.operands;
        String text = ToolInput.read(call, input.get(0), reason -> "uniq: " + input.get(0) + ": " + reason);
        if (text == null) {
            return 1;
        }
        List<String> lines = Text.lines(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); ) {
            int j = i + 1;
            while (j < lines.size() && same(lines.get(i), lines.get(j), opts.has('i'))) {
                j++;
            }
            int count = j - i;
            boolean shown = (!opts.has('d') || count > 1) && (!opts.has('u') || count == 1);
            if (shown) {
                out.append(opts.has('c') ? String.format("%7d ", count) : "").append(lines.get(i)).append('\n');
            }
            i = j;
        }
        Text.writeRaw(call.out(), out.toString());
        return 0;
    }

    private static boolean same(String a, String b, boolean ignoreCase) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }
}
