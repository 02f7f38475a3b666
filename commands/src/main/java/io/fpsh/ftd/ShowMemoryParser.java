package io.fpsh.ftd;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a device's {@code show memory} into {@link LinaMemory}: its Free and Used lines. */
public final class ShowMemoryParser {
    private static final String COMMAND = "show memory";
    private static final Pattern ROW = Pattern.compile("(Free|Used|Total) memory:\\s+(\\d+) bytes \\(\\s*\\d+%\\)");

    private ShowMemoryParser() {}

    public static LinaMemory parse(String text) {
        Long free = null;
        Long used = null;
        for (String line : CapturedOutput.lines(text)) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                long bytes = Long.parseLong(row.group(2));
                switch (row.group(1)) {
                    case "Free" -> free = bytes;
                    case "Used" -> used = bytes;
                    default -> { } // the total is their sum
                }
            }
        }
        if (free == null || used == null) {
            throw new FtdParseException(COMMAND, "no " + (free == null ? "'Free memory'" : "'Used memory'") + " line");
        }
        return new LinaMemory(free, used);
    }
}
