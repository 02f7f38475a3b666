import io.fpsh.lab.LabFile;
import io.fpsh.net.server.CertificateSpec;
import io.fpsh.net.server.DistinguishedName;
import io.fpsh.net.server.LabPki;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.network.LabCertificates;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the labs' certificates cost (figures once printed by LabPkiTest, LabCertificatesCacheTest and PkiColdStart):
 * the default lab's PKI through {@link LabCertificates#of} as the first thing this JVM does (bench/pki runs it with
 * an empty FPSH_HOME, where it is generated and saved, then again, where it is restored from disk), then a
 * three-certificate chain generated in the now warm JVM. Prints figures; asserts nothing.
 *
 * <p>Run by bench/pki: {@code java -cp shell/target/fpsh.jar bench/PkiBench.java}.
 */
public class PkiBench {
    public static void main(String[] args) throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        long started = System.nanoTime();
        LabPki pki = LabCertificates.of(lab);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("LabCertificates.of(default lab), cold JVM, class loading included: %d certificates in %d ms%n",
                pki.ids().size(), millis);

        Instant now = Instant.now();
        List<CertificateSpec> chain = List.of(
                CertificateSpec.root("root", DistinguishedName.parse("C=BM, O=QuoVadis Limited, CN=QuoVadis Root CA 2 G3"),
                        now.minus(Duration.ofDays(4000)), now.plus(Duration.ofDays(4000))),
                CertificateSpec.intermediate("ica", DistinguishedName.parse("C=US, O=HydrantID, CN=HydrantID SSL ICA G2"),
                        "root", now.minus(Duration.ofDays(2000)), now.plus(Duration.ofDays(1000))),
                CertificateSpec.leaf("api-sse", DistinguishedName.parse("C=US, O=Cisco Systems, Inc., CN=api-sse.cisco.com"),
                        "ica", List.of("api-sse.cisco.com"), now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265))));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            best = Math.min(best, LabPki.generate(chain).generationTime().toMillis());
        }
        System.out.printf("LabPki.generate, 3-certificate chain, warm JVM: best of 5 %d ms%n", best);
    }
}
