package io.fpsh.playbook.report;

/**
 * A report file fpsh cannot read (missing, not JSON, another schema) or write (no such directory, no permission):
 * one line, exit status 2.
 */
public final class ReportFormatException extends Exception {
    public ReportFormatException(String message) {
        super(message.replaceAll("\\p{Cntrl}", "?"), null, false, false);
    }
}
