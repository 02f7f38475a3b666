package io.fpsh.probe;

/** A probe could not read the device's text: the message names the line (number and text) it could not read. */
public class ProbeParseException extends Exception {
    public ProbeParseException(String message) {
        super(message);
    }

    /** The text at a 1-based line, quoted as evidence shows it. */
    public static ProbeParseException at(String probe, int lineNumber, String line, String problem) {
        return new ProbeParseException(probe + ": line " + lineNumber + ": " + problem + ": '" + line + "'");
    }
}
