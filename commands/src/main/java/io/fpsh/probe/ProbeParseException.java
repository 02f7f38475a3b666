package io.fpsh.probe;

import java.util.List;

/** A probe could not read the device's text: the message names the line (number and text) it could not read. */
public class ProbeParseException extends Exception {
    public ProbeParseException(String message) {
        super(message);
    }

    /** The text at a 1-based line, quoted as evidence shows it. */
    public static ProbeParseException at(String probe, int lineNumber, String line, String problem) {
        return new ProbeParseException(probe + ": line " + lineNumber + ": " + problem + ": '" + line + "'");
    }

    /** Something missing from the whole output, shown at its last line (line 1, empty, when nothing was printed). */
    public static ProbeParseException atEnd(String probe, List<String> lines, String problem) {
        int last = lines.size();
        return at(probe, Math.max(1, last), last == 0 ? "" : lines.get(last - 1), problem);
    }
}
