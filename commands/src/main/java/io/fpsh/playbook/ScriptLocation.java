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
            String location = of(t.getStackTrace());
            if (location != null) {
                return location;
            }
        }
        return null;
    }

    /** {@code FILE:LINE} of the innermost playbook frame of {@code frames} (a running thread's); null when none. */
    public static String of(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            String file = frame.getFileName();
            if (file != null && file.endsWith(".groovy") && frame.getLineNumber() > 0) {
                return file + ":" + frame.getLineNumber();
            }
        }
        return null;
    }

    /** The line of file {@code fileName} nearest the throw (through its causes); 0 when none is on it. */
    public static int lineIn(Throwable thrown, String fileName) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            int line = lineIn(t.getStackTrace(), fileName);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    /** The first line of file {@code fileName} in {@code frames} (innermost first); 0 when none is. */
    public static int lineIn(StackTraceElement[] frames, String fileName) {
        for (StackTraceElement frame : frames) {
            if (fileName.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                return frame.getLineNumber();
            }
        }
        return 0;
    }

    /**
     * One line: the exception's kind and message (its first line, bounded by {@link TextBounds#line}, with a mark of
     * what was cut), control characters replaced. A message that itself throws is left out.
     */
    public static String describe(Throwable thrown) {
        String kind = thrown.getClass().getSimpleName();
        String message;
        try {
            message = thrown.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            message = null; // a playbook's own exception class whose message breaks
        }
        return TextBounds.line(message == null || message.isBlank() ? kind : kind + ": " + message.strip());
    }
}
