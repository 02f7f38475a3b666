package io.fpsh.probe;

/** What the probes that {@code cat} a device file share. */
final class FileProbes {
    private FileProbes() {}

    /** {@code cat}'s complaint (no such file, permission denied) as the probe's parse error: the state was not read. */
    static void requireRead(String probe, ProbeOutput output) throws ProbeParseException {
        if (output.exitStatus() != 0) {
            String first = output.lines().isEmpty() ? "" : output.lines().get(0);
            throw ProbeParseException.at(probe, 1, first, "the file could not be read (exit status " + output.exitStatus() + ")");
        }
    }

    /** The line without a comment: glibc and property files both stop reading at '#' (resolv.conf also at ';'). */
    static String uncommented(String line, String commentMarks) {
        for (int i = 0; i < line.length(); i++) {
            if (commentMarks.indexOf(line.charAt(i)) >= 0) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }
}
