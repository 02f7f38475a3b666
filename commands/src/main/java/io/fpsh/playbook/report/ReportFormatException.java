package io.fpsh.playbook.report;

/** A file that is not a run report fpsh can read (missing, not JSON, another schema): one line, exit status 2. */
public final class ReportFormatException extends Exception {
    public ReportFormatException(String message) {
        super(message.replaceAll("\\p{Cntrl}", "?"), null, false, false);
    }
}
