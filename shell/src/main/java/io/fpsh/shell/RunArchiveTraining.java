package io.fpsh.shell;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Run once by {@code ./fpsh} before its first {@code fpsh run}, under {@code -XX:ArchiveClassesAtExit}, so the
 * class-data archive that {@code run} starts with (fpsh-run.jsa, beside {@link ArchiveTraining}'s fpsh.jsa) holds
 * what a playbook run loads: xdr-health, every shipped playbook's steps, on the healthy lab (each probe through to
 * curl's TLS and the event-path picture) and on ftd01-dns (the dead server's time-out and the findings' text), then
 * an SSH session (run --inventory, ssh:// targets).
 * Kept apart from fpsh.jsa so that its training stays that of the paths without a playbook. Prints nothing.
 */
public final class RunArchiveTraining {
    private static final String[][] RUNS = {
            {"run", "xdr-health", "--target", "lab:ftd01-healthy"},
            {"run", "xdr-health", "--target", "lab:ftd01-dns"},
    };

    private RunArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (String[] run : RUNS) {
            Main.run(run, new ByteArrayInputStream(new byte[0]), nowhere, nowhere, DeviceOpener.standard(), false);
        }
        // run --inventory and ssh:// targets: the SSH client (and the server, which costs nothing to keep)
        ArchiveTraining.serveAndConnect(nowhere);
    }
}
