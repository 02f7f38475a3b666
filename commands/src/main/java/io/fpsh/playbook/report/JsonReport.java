package io.fpsh.playbook.report;

import io.fpsh.playbook.RunReport;

import java.io.IOException;
import java.io.Writer;

/** A run as the versioned JSON document. (Skeleton: the reports helper writes it.) */
public final class JsonReport {
    private JsonReport() {}

    public static void write(RunReport report, Writer out) throws IOException {
        throw new UnsupportedOperationException("Json report: not built yet");
    }
}
