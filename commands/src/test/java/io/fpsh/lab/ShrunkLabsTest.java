package io.fpsh.lab;

import io.fpsh.sim.run.LabDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped fault labs say only what differs from ftd01-healthy; merged over it, each is exactly the lab its full
 * 110-line file gave before it was shrunk (those files kept under test resources {@code io/fpsh/lab/full-labs}).
 */
class ShrunkLabsTest {
    private static final String FULL = "/io/fpsh/lab/full-labs/";
    private static final List<String> SHRUNK = List.of("ftd01-blocked-eu", "ftd01-cert-expired",
            "ftd01-cert-not-yet-valid", "ftd01-clock-skew", "ftd01-dns", "ftd01-no-events", "ftd01-nxdomain",
            "ftd01-plain-http", "ftd01-port-reject", "ftd01-proxy", "ftd01-redirect-loop", "ftd01-servfail",
            "ftd01-silent-server", "ftd01-slow-dns", "ftd01-tls-close", "ftd01-tls-inspection", "ftd01-connector-down",
            "ftd01-eventhandler-down");

    @TempDir
    Path dir;

    @Test
    void eachShrunkLabMergesToTheRecordItsFullFileGave() throws Exception {
        List<String> differing = new ArrayList<>();
        LabLoader fullLoader = new LabLoader(new LabCache(dir.resolve("full")));
        LabLoader mergingLoader = new LabLoader(new LabCache(dir.resolve("merged")));
        for (String name : SHRUNK) {
            LabFile full;
            try (InputStream in = getClass().getResourceAsStream(FULL + name + ".yaml")) {
                assertNotNull(in, name);
                full = fullLoader.load(name + ".yaml", in);
            }
            LabFile merged = mergingLoader.loadShipped(name);
            full = endpointsByName(full);
            merged = endpointsByName(merged);
            for (java.lang.reflect.RecordComponent component : LabFile.class.getRecordComponents()) {
                Object was = component.getAccessor().invoke(full);
                Object is = component.getAccessor().invoke(merged);
                if (!java.util.Objects.equals(was, is)) {
                    differing.add(name + " " + component.getName() + ":\n  full   " + was + "\n  merged " + is);
                }
            }
        }
        assertEquals(List.of(), differing);
    }

    /**
     * The labs' endpoints in name order: every reader finds an endpoint by its name (TlsOutcome, CanConnectModel,
     * CurlProbeModel, LabCertificates), so their order means nothing. The merge adds a new endpoint at the end; the
     * full files of ftd01-plain-http, -silent-server and -tls-close wrote theirs first.
     */
    private static LabFile endpointsByName(LabFile lab) {
        LabFile.Network n = lab.network();
        List<LabFile.Endpoint> sorted = n.endpoints().stream()
                .sorted(java.util.Comparator.comparing(LabFile.Endpoint::name)).toList();
        LabFile.Network network = new LabFile.Network(n.dnsServers(), n.hosts(), n.pki(), sorted, n.proxy(),
                n.tlsInspection(), n.internet(), n.tcpSynRetries());
        return new LabFile(lab.name(), lab.description(), lab.clock(), lab.device(), lab.management(), lab.dns(),
                lab.proxy(), lab.managers(), lab.connector(), lab.processes(), network, lab.plants(), lab.site(),
                lab.hangs(), lab.ntp(), null, null, null, null, null, null, lab.interfaces()); // teaching, variables, world: by their own tests
    }

    @Test
    void theShippedFaultLabsAreShortAndNameTheirBase() throws Exception {
        for (String name : SHRUNK) {
            try (InputStream in = LabDevices.class.getResourceAsStream(ShippedLabs.RESOURCES + name + ".yaml")) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(text.contains("\nbase: ftd01-healthy\n"), name);
                // the lesson (teaching:, issue 12) is the lab's own text, not a difference over the base
                long lines = text.lines().takeWhile(line -> !line.startsWith("teaching:")).count();
                assertTrue(lines < 45, name + " has " + lines + " lines before its teaching part");
            }
        }
    }
}
