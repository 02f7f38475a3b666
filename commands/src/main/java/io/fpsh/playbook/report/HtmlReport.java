package io.fpsh.playbook.report;

import io.fpsh.playbook.RunReport;

import java.io.IOException;
import java.io.Writer;

/** A run as one self-contained HTML file. (Skeleton: the reports helper writes it.) */
public final class HtmlReport {
    private HtmlReport() {}

    public static void write(RunReport report, Writer out) throws IOException {
        throw new UnsupportedOperationException("Html report: not built yet");
    }
}
