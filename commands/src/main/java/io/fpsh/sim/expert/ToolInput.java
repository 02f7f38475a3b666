package io.fpsh.sim.expert;

import java.util.List;
import java.util.function.Function;

/** Reading a tool's operands (or standard input for none or {@code -}) as byte-per-char text, with its own error. */
final class ToolInput {

    private ToolInput() {}

    /**
     * All operands' text joined, or null when one could not be read (the error printed, GNU-style, by
     * {@code complaint}, given the operand and the reason).
     */
    static String readAll(CommandCall call, List<String> operands, java.util.function.BiFunction<String, String, String> complaint) {
        List<String> files = operands.isEmpty() ? List.of("-") : operands;
        StringBuilder all = new StringBuilder();
        boolean failed = false;
        for (String file : files) {
            String text = read(call, file, reason -> complaint.apply(file, reason));
            if (text == null) {
                failed = true;
                continue;
            }
            all.append(text);
            if (!Text.endsWithNewline(text) && files.size() > 1) {
                all.append('\n');
            }
        }
        return failed && all.isEmpty() ? null : all.toString();
    }

    /** One operand's text, or null after printing {@code complaint(reason)}. */
    static String read(CommandCall call, String file, Function<String, String> complaint) {
        if (file.equals("-")) {
            return Text.bytes(Text.readAll(call.in()));
        }
        try {
            return Text.bytes(call.context().fileSystem().read(call.resolve(file)));
        } catch (SimFileException e) {
            call.err().println(complaint.apply(e.getMessage()));
            return null;
        }
    }

    /** GNU's two lines for a bad option; returns true when there was one. */
    static boolean badOption(CommandCall call, GetOpt opts, String tool) {
        if (opts.problem(tool) == null) {
            return false;
        }
        call.err().println(opts.problem(tool));
        call.err().println("Try '" + tool + " --help' for more information.");
        return true;
    }
}
