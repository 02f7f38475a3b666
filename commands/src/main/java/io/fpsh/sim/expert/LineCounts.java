package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/** What head and tail share: the {@code -N} form, line counts, and reading a file or stdin with GNU's errors. */
final class LineCounts {

    private LineCounts() {}

    /** {@code -5} as {@code -n 5} (the obsolete form, still accepted as first argument). */
    static List<String> expandObsoleteForm(List<String> args) {
        List<String> expanded = new ArrayList<>(args);
        if (!expanded.isEmpty() && expanded.get(0).matches("-\\d+")) {
            expanded.set(0, "-n" + expanded.get(0).substring(1));
        }
        return expanded;
    }

    /** A count with GNU's multiplier suffixes left out; null when not a number. */
    static Long parse(String count) {
        if (!count.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(count);
    }

    /** The file's (or stdin's) bytes as text, or null after printing the tool's error. */
    static String readOrComplain(CommandCall call, String tool, String file) {
        if (file.equals("-")) {
            return Text.bytes(Text.readAll(call.in()));
        }
        try {
            return Text.bytes(call.context().fileSystem().read(call.resolve(file)));
        } catch (SimFileException e) {
            if (e.reason() == SimFileException.Reason.IS_A_DIRECTORY) {
                call.err().println(tool + ": error reading '" + file + "': Is a directory");
            } else {
                call.err().println(tool + ": cannot open '" + file + "' for reading: " + e.getMessage());
            }
            return null;
        }
    }
}
