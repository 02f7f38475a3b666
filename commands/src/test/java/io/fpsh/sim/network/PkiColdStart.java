package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.server.LabPki;

/**
 * Prints what a cold start pays for the default lab's PKI, in a fresh JVM: {@code generate} bypasses the disk
 * cache, {@code cached} goes through {@link LabCertificates#of} (set FPSH_HOME to choose the cache directory; run
 * twice, the first run fills it). Not a test: run it with the test class path.
 */
public final class PkiColdStart {
    public static void main(String[] args) {
        LabFile lab = DefaultLab.lab();
        boolean generate = args.length > 0 && args[0].equals("generate");
        long started = System.nanoTime();
        LabPki pki = generate ? LabPki.generate(LabCertificates.specs(lab)) : LabCertificates.of(lab);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%s: %d certificates in %d ms (cold JVM, class loading included)%n",
                generate ? "generate" : "LabCertificates.of", pki.ids().size(), millis);
    }
}
