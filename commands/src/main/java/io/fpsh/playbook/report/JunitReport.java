package io.fpsh.playbook.report;

import io.fpsh.playbook.RunReport;

import java.io.IOException;
import java.io.Writer;

/** A run as JUnit XML for CI servers. (Skeleton: the reports helper writes it.) */
public final class JunitReport {
    private JunitReport() {}

    public static void write(RunReport report, Writer out) throws IOException {
        throw new UnsupportedOperationException("Junit report: not built yet");
    }
}
