package io.fpsh.probe;

/**
 * The numbers a parser's pattern matched as a run of digits. A run too long for its field (a pid of 11 digits) is no
 * state a device prints: it is that line's parse error, not an overflow escaping the parser.
 */
final class Digits {
    private Digits() {}

    /** The digits at line {@code index} (0-based) of {@code output} as an int. */
    static int integer(String probe, ProbeOutput output, int index, String digits) throws ProbeParseException {
        return (int) number(probe, output, index, digits, Integer.MAX_VALUE);
    }

    /** The digits at line {@code index} (0-based) of {@code output} as a long. */
    static long wide(String probe, ProbeOutput output, int index, String digits) throws ProbeParseException {
        return number(probe, output, index, digits, Long.MAX_VALUE);
    }

    private static long number(String probe, ProbeOutput output, int index, String digits, long max)
            throws ProbeParseException {
        try {
            long value = Long.parseLong(digits);
            if (value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // longer than a long: the same parse error
        }
        throw ProbeParseException.at(probe, index + 1, output.lines().get(index), "number too large: " + digits);
    }
}
