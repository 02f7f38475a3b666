package io.fpsh.lab;

import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lab's {@code plants} (the finding xdr-health must name) and {@code site} (what the engineer knows). */
class LabPlantsAndSiteTest {
    @TempDir
    Path dir;

    private String errorWith(String lab, String original, String replacement) throws Exception {
        return BrokenLab.errorWith(dir, lab, original, replacement);
    }

    private LabFile loadWith(String lab, String original, String replacement) throws Exception {
        String yaml = FastLab.completeText(lab);
        assertTrue(yaml.contains(original), "the lab has changed: no '" + original + "'");
        Path file = dir.resolve("changed.yaml");
        Files.writeString(file, yaml.replace(original, replacement));
        return new LabLoader(new LabCache(dir.resolve("cache"))).load(file);
    }

    @Test
    void everyShippedLabPlantsAFindingOrSaysItIsHealthyOrATutorial() throws Exception {
        List<String> unsaid = new ArrayList<>();
        for (LabDevices.ShippedLab shipped : LabDevices.shipped()) {
            LabFile lab = LabDevices.read(shipped.name());
            boolean exempt = shipped.name().contains("healthy") || shipped.name().contains("tutorial");
            if (lab.plants().isEmpty() != exempt) {
                unsaid.add(shipped.name() + (exempt ? " plants " + lab.plants() : " plants nothing"));
            }
        }
        assertEquals(List.of(), unsaid);
        assertTrue(LabDevices.shipped().stream().anyMatch(lab -> lab.name().equals("ftd01-healthy")));
    }

    @Test
    void oneFindingOrAListOfThem() throws Exception {
        assertEquals(List.of("DNS-SERVER-DEAD"), LabDevices.read("ftd01-dns").plants());
        assertEquals(List.of("DNS-SERVER-DEAD", "DNS-SLOW"),
                loadWith("ftd01-dns", "plants: DNS-SERVER-DEAD", "plants: [DNS-SERVER-DEAD, DNS-SLOW]").plants());
        assertEquals(List.of("DNS-SERVER-DEAD", "DNS-SLOW"),
                loadWith("ftd01-dns", "plants: DNS-SERVER-DEAD", "plants:\n  - DNS-SERVER-DEAD\n  - DNS-SLOW").plants());
        assertEquals(List.of(), LabDevices.read("ftd01-healthy").plants());
    }

    /** The site params reach a playbook run through the lab's device, the proxy's credentials with them. */
    @Test
    void theSiteParamsOfTheLabAreTheDevicesSiteParams() throws Exception {
        LabFile proxy = LabDevices.read("ftd01-proxy");
        try (SimulatedFtd ftd = new SimulatedFtd(proxy)) {
            assertEquals(Map.of("site-dns", "192.0.2.11", "site-proxy", "http://proxyuser:Pr0xy2020@192.0.2.50:3128"),
                    ftd.siteParams());
        }
        assertEquals(Map.of("site-dns", "192.0.2.11"), LabDevices.read("ftd01-healthy").site());
        assertEquals(Map.of(), loadWith("ftd01-dns", "site:\n  site-dns: 192.0.2.11\n", "").site());
    }

    @Test
    void aFindingIdIsUpperCaseWordsJoinedByDashes() throws Exception {
        int line = lineOf("ftd01-dns", "plants:");
        assertEquals(":" + line + ": field 'plants': a finding id is upper-case words joined by '-', such as "
                        + "DNS-SERVER-DEAD (got 'dns-server-dead')",
                errorWith("ftd01-dns", "plants: DNS-SERVER-DEAD", "plants: dns-server-dead"));
        assertEquals(":" + line + ": field 'plants': names 'DNS-SLOW' twice",
                errorWith("ftd01-dns", "plants: DNS-SERVER-DEAD", "plants: [DNS-SLOW, DNS-SLOW]"));
        assertEquals(":" + line + ": field 'plants': required",
                errorWith("ftd01-dns", "plants: DNS-SERVER-DEAD", "plants: [~]"));
    }

    @Test
    void aSiteParamIsOneTheSchemaKnows() throws Exception {
        int line = lineOf("ftd01-dns", "site:");
        assertEquals(":" + (line + 1) + ": field 'site': 'site-dsn' is not a site param: they are [site-dns, site-proxy]",
                errorWith("ftd01-dns", "  site-dns: 192.0.2.11", "  site-dsn: 192.0.2.11"));
        // a key that is no near miss may be anything a file holds: not quoted
        String strange = errorWith("ftd01-dns", "  site-dns: 192.0.2.11", "  hunter2secret: 192.0.2.11");
        assertEquals(":" + line + ": field 'site': a name there is not a site param: they are [site-dns, site-proxy]", strange);
        assertEquals(":" + (line + 1) + ": field 'site.site-dns': not an IPv4 address: '192.0.2.300'",
                errorWith("ftd01-dns", "  site-dns: 192.0.2.11", "  site-dns: 192.0.2.300"));
        assertEquals(":" + (line + 1) + ": field 'site.site-dns': expected a text, found a list",
                errorWith("ftd01-dns", "  site-dns: 192.0.2.11", "  site-dns: [192.0.2.11]"));
    }

    @Test
    void aBadProxyUrlIsNamedWithoutItsPassword() throws Exception {
        int line = lineOf("ftd01-proxy", "  site-proxy:");
        for (String bad : List.of("proxyuser:Pr0xy2020@192.0.2.50:3128", "http://proxyuser:Pr0xy2020@192.0.2.50",
                "ftp://proxyuser:Pr0xy2020@192.0.2.50:3128", "http://proxyuser:Pr0xy2020@192.0.2.50:3128/path",
                "http://proxyuser:Pr0xy2020@ 192.0.2.50:3128")) {
            String error = errorWith("ftd01-proxy", "http://proxyuser:Pr0xy2020@192.0.2.50:3128", bad);
            assertEquals(":" + line + ": field 'site.site-proxy': not a proxy URL such as http://[USER:PASSWORD@]HOST:PORT",
                    error, bad);
            assertFalse(error.contains("Pr0xy2020"), error);
        }
    }

    /** The 1-based line of the lab file's first line starting with {@code start}. */
    private static int lineOf(String lab, String start) throws Exception {
        List<String> lines = FastLab.completeText(lab).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(lab + " has no line starting with " + start);
    }
}
