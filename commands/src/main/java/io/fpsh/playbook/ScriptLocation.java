package io.fpsh.playbook;

/**
 * Where in a playbook an exception came from, for a one-line error: the innermost frame of a {@code .groovy} file
 * ({@code dns.groovy:42}), never a Java stack trace.
 */
public final class ScriptLocation {
    private ScriptLocation() {}

    /** {@code FILE:LINE} of the playbook's own frame nearest the throw; null when no playbook frame is on it. */
    public static String of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String file = frame.getFileName();
                if (file != null && file.endsWith(".groovy") && frame.getLineNumber() > 0) {
                    return file + ":" + frame.getLineNumber();
                }
            }
        }
        return null;
    }

    /** One line: the exception's message (its kind when it has none), control characters replaced. */
    public static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        String kind = thrown.getClass().getSimpleName();
        String line = message == null || message.isBlank() ? kind : kind + ": " + message.lines().findFirst().orElse("");
        return line.replaceAll("\\p{Cntrl}", "?");
    }
}
